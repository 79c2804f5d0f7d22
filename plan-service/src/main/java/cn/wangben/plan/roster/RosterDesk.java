package cn.wangben.plan.roster;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.plan.programme.Programme;
import cn.wangben.plan.programme.ProgrammeStatus;
import cn.wangben.plan.programme.Programmes;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import cn.wangben.roster.IdentityProtector;
import cn.wangben.roster.RosterFormatException;
import cn.wangben.roster.RosterImporter;
import cn.wangben.roster.RosterResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * School admins upload their 学员信息表 for a published programme; the county sees each school's roster. ID numbers
 * and phones are protected by the roster library before anything is stored, and never logged.
 */
public class RosterDesk {
    private static final String WHAT = "学员信息表";
    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");
    private final Rosters rosters;
    private final Programmes programmes;
    private final IdentityProtector protector;
    private final Clock clock;

    public RosterDesk(Rosters rosters, Programmes programmes, IdentityProtector protector, Clock clock) {
        this.rosters = rosters;
        this.programmes = programmes;
        this.protector = protector;
        this.clock = clock;
    }

    /**
     * Imports the upload: all-or-nothing, or only the valid rows when {@code acceptValidRows}. On rejection nothing
     * but the error report is stored. On success the teachers, then one event batch per 500 teachers, then the summary
     * (whose event comes last) are stored, and the school's earlier import is superseded.
     */
    public Roster upload(Caller caller, ProgrammeId programmeId, InputStream file, boolean acceptValidRows) {
        caller.requireAnyRole(Role.SCHOOL_ADMIN);
        CountyId county = caller.requireCounty();
        SchoolId school = caller.requireSchool();
        publishedProgramme(county, programmeId);
        RosterResult result = read(county, programmeId, school, file, acceptValidRows);
        Instant now = clock.instant();
        String reportId = result.hasErrors() ? keepReport(county, programmeId, school, result, now) : null;
        if (result.teachers().isEmpty()) {
            throw new RosterRejected(result.errors(), result.rejectedRows(), reportId, acceptValidRows);
        }
        int teachers = result.teachers().size();
        Roster roster = new Roster(
                UUID.randomUUID().toString(),
                county,
                programmeId,
                school,
                RosterStatus.IMPORTED,
                teachers,
                RosterBatches.count(teachers),
                (int) result.rejectedRows(),
                reportId,
                caller.username(),
                now);
        rosters.addTeachers(roster, result.teachers());
        for (TeachersRostered batch : RosterBatches.of(roster, result.teachers(), now)) {
            rosters.addBatch(batch);
        }
        rosters.add(roster, imported(roster));
        rosters.supersedeAllBut(roster);
        return roster;
    }

    /** The school's current roster with one page of its teachers (masked data only leaves through the web layer). */
    public TeacherPage mine(Caller caller, ProgrammeId programmeId, int page, int size) {
        caller.requireAnyRole(Role.SCHOOL_ADMIN);
        Roster roster = rosters.current(caller.requireCounty(), programmeId, caller.requireSchool())
                .orElseThrow(() -> DomainException.notFound(WHAT, programmeId));
        return new TeacherPage(roster, rosters.teachers(roster, page, size), page, size);
    }

    public List<Roster> ofProgramme(Caller caller, ProgrammeId programmeId) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        CountyId county = caller.requireCounty();
        programmes.find(county, programmeId).orElseThrow(() -> DomainException.notFound("研修项目", programmeId));
        return rosters.currentOfProgramme(county, programmeId);
    }

    /** Only the school admin of the school that uploaded the file may download its error report. */
    public RosterReport report(Caller caller, ProgrammeId programmeId, String reportId) {
        caller.requireAnyRole(Role.SCHOOL_ADMIN);
        return rosters.report(caller.requireCounty(), programmeId, caller.requireSchool(), reportId)
                .orElseThrow(() -> DomainException.notFound("错误报告", reportId));
    }

    private RosterResult read(
            CountyId county, ProgrammeId programmeId, SchoolId school, InputStream file, boolean acceptValidRows) {
        RosterImporter importer = new RosterImporter(
                protector, rosters.registeredElsewhere(county, programmeId, school), clock.withZone(PLATFORM_ZONE));
        try {
            return importer.importRoster(file, acceptValidRows);
        } catch (RosterFormatException e) {
            throw DomainException.ruleViolated("roster-unreadable", "file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("roster upload could not be read", e);
        }
    }

    private String keepReport(
            CountyId county, ProgrammeId programmeId, SchoolId school, RosterResult result, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            result.writeErrorReport(out);
        } catch (IOException e) {
            throw new UncheckedIOException("roster error report could not be written", e);
        }
        if (out.size() > RosterReport.MAX_BYTES) {
            return null;
        }
        String id = UUID.randomUUID().toString();
        rosters.addReport(new RosterReport(id, county, programmeId, school, out.toByteArray(), now));
        return id;
    }

    private static RosterImported imported(Roster roster) {
        return new RosterImported(
                EventId.random(),
                roster.county(),
                roster.importedAt(),
                roster.id(),
                roster.programme(),
                roster.school(),
                roster.teachers(),
                roster.batches(),
                roster.rejectedRows(),
                roster.by());
    }

    private Programme publishedProgramme(CountyId county, ProgrammeId id) {
        Programme programme = programmes.find(county, id).orElseThrow(() -> DomainException.notFound("研修项目", id));
        if (programme.status() != ProgrammeStatus.PUBLISHED) {
            throw DomainException.conflict("programme-not-published", "研修项目尚未发布，暂不能上传学员信息表");
        }
        return programme;
    }
}

package cn.wangben.plan.exemption;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.plan.programme.Programme;
import cn.wangben.plan.programme.Programmes;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.List;

/** The county exempts rostered teachers from a programme (免修); county and schools see who is exempt. */
public class ExemptionDesk {
    private final Exemptions exemptions;
    private final RosteredTeachers teachers;
    private final Programmes programmes;
    private final Clock clock;

    public ExemptionDesk(Exemptions exemptions, RosteredTeachers teachers, Programmes programmes, Clock clock) {
        this.exemptions = exemptions;
        this.teachers = teachers;
        this.programmes = programmes;
        this.clock = clock;
    }

    public Exemption exempt(
            Caller caller, ProgrammeId programmeId, String teacherKey, String category, String evidence) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        CountyId county = caller.requireCounty();
        Programme programme = programme(county, programmeId);
        Exemption.check(category, evidence, programme.settings().exemptionCategories());
        if (teacherKey == null || teacherKey.isBlank()) {
            throw DomainException.ruleViolated("not-rostered", "teacherKey", "请指定要免修的教师");
        }
        RosteredTeacher teacher = teachers.find(county, programmeId, teacherKey.strip())
                .orElseThrow(
                        () -> DomainException.ruleViolated("not-rostered", "teacherKey", "该教师不在本项目任何学校的当前名册中，无法免修"));
        Exemption exemption = Exemption.decide(
                county,
                programmeId,
                programme.settings().exemptionCategories(),
                teacher,
                category,
                evidence,
                caller.username(),
                clock.instant());
        if (!exemptions.addIfAbsent(exemption, exemption.event())) {
            throw DomainException.conflict("already-exempted", "该教师已在本项目免修，不能重复登记");
        }
        return exemption;
    }

    /** County admins see every exemption of the programme; school admins those of their own school. */
    public List<Exemption> list(Caller caller, ProgrammeId programmeId) {
        caller.requireAnyRole(Role.COUNTY_ADMIN, Role.SCHOOL_ADMIN);
        CountyId county = caller.requireCounty();
        programme(county, programmeId);
        if (caller.has(Role.COUNTY_ADMIN)) {
            return exemptions.ofProgramme(county, programmeId);
        }
        return exemptions.ofSchool(county, programmeId, caller.requireSchool());
    }

    private Programme programme(CountyId county, ProgrammeId id) {
        return programmes.find(county, id).orElseThrow(() -> DomainException.notFound("研修项目", id));
    }
}

package cn.wangben.plan.roster;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.roster.KnownIdentity;
import cn.wangben.roster.RosterTeacher;
import java.util.List;
import java.util.Optional;

/**
 * Where rosters, their teachers, their event batches and error reports are kept. There are no multi-document
 * transactions: {@link RosterDesk} writes teachers, then batches, then the summary, then supersedes older imports.
 */
public interface Rosters {

    /** Teachers of the other schools' current rosters of the programme, by ID hash. */
    KnownIdentity registeredElsewhere(CountyId county, ProgrammeId programme, SchoolId except);

    void addReport(RosterReport report);

    Optional<RosterReport> report(CountyId county, ProgrammeId programme, SchoolId school, String reportId);

    void addTeachers(Roster roster, List<RosterTeacher> teachers);

    /** Stores one batch together with its event. */
    void addBatch(TeachersRostered batch);

    /** Stores the summary together with its event; this makes the import the school's current roster. */
    void add(Roster roster, RosterImported event);

    /** Marks the school's other rosters of the programme superseded and removes every teacher not of this one. */
    void supersedeAllBut(Roster current);

    Optional<Roster> current(CountyId county, ProgrammeId programme, SchoolId school);

    /** The current roster of each school of the programme. */
    List<Roster> currentOfProgramme(CountyId county, ProgrammeId programme);

    List<RosterTeacher> teachers(Roster roster, int page, int size);
}

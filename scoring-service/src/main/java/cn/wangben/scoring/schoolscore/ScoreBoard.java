package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.List;
import java.util.Optional;

/**
 * The read side of school scoring: the per-trainee school parts (what county results aggregate) and the per-school
 * summaries (the county's list). Rebuilt for a school whenever anything of its sheet changes.
 */
public interface ScoreBoard {
    /** Replaces the school's summary and all its parts: a trainee missing from {@code parts} has no part any more. */
    void publish(SheetSummary summary, List<SchoolPart> parts);

    Optional<SchoolPart> part(CountyId county, ProgrammeId programme, SchoolId school, String teacherKey);

    List<SchoolPart> parts(CountyId county, ProgrammeId programme);

    List<SheetSummary> summaries(CountyId county, ProgrammeId programme);
}

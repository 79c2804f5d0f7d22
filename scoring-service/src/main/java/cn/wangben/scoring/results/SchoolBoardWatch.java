package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.schoolscore.SchoolPart;
import cn.wangben.scoring.schoolscore.ScoreBoard;
import cn.wangben.scoring.schoolscore.SheetSummary;
import java.util.List;
import java.util.Optional;

/**
 * School scoring's board, watched: every time a school's parts are published (a sheet change, a correction, a fact
 * event), the counts of the school's trainees are settled again. School scoring raises no events of its own, so this is how a school
 * score reaches results without a scan.
 */
public class SchoolBoardWatch implements ScoreBoard {
    private final ScoreBoard watched;
    private final CounterProjector counters;

    public SchoolBoardWatch(ScoreBoard watched, CounterProjector counters) {
        this.watched = watched;
        this.counters = counters;
    }

    @Override
    public void publish(SheetSummary summary, List<SchoolPart> parts) {
        watched.publish(summary, parts);
        counters.school(summary.county(), summary.programme(), summary.school());
    }

    @Override
    public Optional<SchoolPart> part(CountyId county, ProgrammeId programme, SchoolId school, String teacherKey) {
        return watched.part(county, programme, school, teacherKey);
    }

    @Override
    public List<SchoolPart> parts(CountyId county, ProgrammeId programme) {
        return watched.parts(county, programme);
    }

    @Override
    public List<SheetSummary> summaries(CountyId county, ProgrammeId programme) {
        return watched.summaries(county, programme);
    }
}

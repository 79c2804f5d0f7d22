package cn.wangben.assignment.grading;

import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.util.List;

/**
 * What grading knows of a module (from ModuleScheduled) and whether the county has released its grades to teachers.
 * {@code version} is the stored version it was read at.
 */
public record GradingModule(
        ModuleId id,
        CountyId county,
        ProgrammeId programme,
        String title,
        int maxPoints,
        Instant dueAt,
        Release release,
        long version) {

    public record Release(Instant at, String by) {}

    public boolean released() {
        return release != null;
    }

    public List<GradingBand> bands() {
        return BandPolicy.COUNTY_NOTICE.bandsFor(maxPoints);
    }

    /** Released once, after the cutoff, and only when every submitted essay has a grade. */
    public Released releaseBy(String by, Instant now, long ungraded) {
        if (released()) {
            throw DomainException.conflict("grades-already-released", "「" + title + "」的成绩已经发布");
        }
        if (now.isBefore(dueAt)) {
            throw DomainException.ruleViolated("module-not-due", null, "「" + title + "」的作业尚未截止，不能发布成绩");
        }
        if (ungraded > 0) {
            throw DomainException.ruleViolated(
                    "ungraded-essays", null, "「" + title + "」尚有 " + ungraded + " 份作业未评阅，全部评阅后才能发布成绩");
        }
        GradingModule module =
                new GradingModule(id, county, programme, title, maxPoints, dueAt, new Release(now, by), version);
        return new Released(module, new ModuleGradesReleased(EventId.random(), county, now, id, programme, by));
    }

    public record Released(GradingModule module, ModuleGradesReleased event) {}
}

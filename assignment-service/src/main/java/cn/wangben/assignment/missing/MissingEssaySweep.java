package cn.wangben.assignment.missing;

import cn.wangben.assignment.cutoff.Extension;
import cn.wangben.assignment.cutoff.MissedEssay;
import cn.wangben.assignment.cutoff.TeacherCutoffs;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.assignment.submission.Submissions;
import cn.wangben.assignment.trainee.Trainee;
import cn.wangben.assignment.trainee.Trainees;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 逾期不交计 0 分: after a module's cutoff, every enrolled, non-exempt trainee without an accepted essay whose own cutoff
 * (the module's, or a later extension) has passed is marked missing, with {@code EssayMissed}, exactly once however
 * often and on however many instances this runs. A trainee whose extension still runs is left for a later run.
 *
 * <p>A cutoff counts as passed only {@code settle} after it: an essay that arrived just before the cutoff may still be
 * on its way to storage, and must not be overtaken by a missing mark.
 */
public class MissingEssaySweep {
    private final OnlineModules modules;
    private final Trainees trainees;
    private final Submissions submissions;
    private final TeacherCutoffs cutoffs;
    private final SweptModules swept;
    private final Duration settle;

    public MissingEssaySweep(
            OnlineModules modules,
            Trainees trainees,
            Submissions submissions,
            TeacherCutoffs cutoffs,
            SweptModules swept,
            Duration settle) {
        this.modules = modules;
        this.trainees = trainees;
        this.submissions = submissions;
        this.cutoffs = cutoffs;
        this.swept = swept;
        this.settle = settle;
    }

    /** Returns how many essays this run marked missing. */
    public int sweep(Instant now) {
        Instant passedBy = now.minus(settle);
        Set<ModuleId> closed = swept.closed();
        int marked = 0;
        for (OnlineModule module : modules.dueBy(passedBy)) {
            // a school's assignment is scored by the school's rubric: the county's "missing = 0" is not for it
            if (!closed.contains(module.id()) && !module.isSchoolAssignment()) {
                marked += sweep(module, passedBy, now);
            }
        }
        return marked;
    }

    private int sweep(OnlineModule module, Instant passedBy, Instant now) {
        Set<TeacherId> settled = new HashSet<>(submissions.submittersOf(module.id()));
        settled.addAll(cutoffs.missedIn(module.id()));
        Map<TeacherId, Extension> extensions = cutoffs.extensionsOf(module.id()).stream()
                .collect(Collectors.toMap(Extension::teacher, Function.identity()));
        int marked = 0;
        boolean pending = false;
        for (Trainee trainee : trainees.ofProgramme(module.county(), module.programme())) {
            if (!trainee.owesEssays() || settled.contains(trainee.teacher())) {
                continue;
            }
            Optional<Extension> extension = Optional.ofNullable(extensions.get(trainee.teacher()));
            Instant cutoff = Extension.effectiveCutoff(module.dueAt(), extension);
            if (cutoff.isAfter(passedBy)) {
                pending = true;
                continue;
            }
            MissedEssay missed = new MissedEssay(module, trainee.teacher(), trainee.school(), cutoff, now);
            if (cutoffs.markMissed(missed, passedBy, missed.events())) {
                marked++;
            } else {
                pending = true; // marked meanwhile by another run, or just extended: the next run knows which
            }
        }
        if (!pending) {
            swept.close(module.id(), now);
        }
        return marked;
    }
}

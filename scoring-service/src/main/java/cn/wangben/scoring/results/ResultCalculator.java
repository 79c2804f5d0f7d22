package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.scoring.schoolscore.PartStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a school's board from its stored facts. A pure function of the facts, never of the order they arrived in:
 * that is what makes the projection idempotent and order-tolerant.
 */
public final class ResultCalculator {
    private static final Comparator<OnlineModule> BY_DUE = Comparator.comparing(
                    OnlineModule::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.id().value());

    /** The reason school scoring gives a cancelled school's trainees (逾期不提交按取消校本研修处理). */
    static final String CANCELLED_REASON = "逾期未提交计划或名册，校本研修按取消处理";

    private ResultCalculator() {}

    public static SchoolBoard board(SchoolInputs in) {
        List<OnlineModule> modules = modules(in);
        List<TraineeResult> rows = rows(in, modules);
        ResultTally results = ResultTally.empty();
        for (TraineeResult row : rows) {
            if (!row.exempt()) {
                results = results.plus(
                        new ResultTally(1, row.complete() ? 1 : 0, row.passed() ? 1 : 0, row.creditedHours()));
            }
        }
        int enrolled = (int) in.trainees().values().stream()
                .filter(t -> t.teacherId() != null && !t.exempt())
                .count();
        int exempt =
                (int) in.trainees().values().stream().filter(Trainee::exempt).count();
        SchoolStats stats = new SchoolStats(
                in.county(),
                in.programme(),
                in.school(),
                in.setup(),
                in.sheet(),
                enrolled,
                exempt,
                tallies(in, modules),
                results,
                in.finalized());
        return new SchoolBoard(stats, rows);
    }

    /**
     * A school's figures from its counters: the same modules in the same order as {@link #board} gives them (the
     * programme's by cutoff, then those only the counted work names), the frozen tally once finalized.
     */
    public static SchoolStats stats(SchoolCounts c, List<OnlineModule> programmeModules) {
        List<ModuleTally> tallies = new ArrayList<>();
        Map<ModuleId, Boolean> listed = new LinkedHashMap<>();
        programmeModules.stream().sorted(BY_DUE).forEach(m -> listed.put(m.id(), true));
        c.modules().keySet().stream()
                .sorted(Comparator.comparing(ModuleId::value))
                .forEach(id -> listed.putIfAbsent(id, true));
        listed.keySet().forEach(id -> tallies.add(c.modules().getOrDefault(id, ModuleTally.empty(id))));
        boolean finalized = c.frozen() != null;
        return new SchoolStats(
                c.county(),
                c.programme(),
                c.school(),
                c.setup(),
                c.sheet(),
                c.enrolled(),
                c.exempt(),
                tallies,
                finalized ? c.frozen() : c.results(),
                finalized);
    }

    /** The programme's modules by cutoff, plus any module only the online events have named so far. */
    static List<OnlineModule> modules(SchoolInputs in) {
        Map<ModuleId, OnlineModule> known = new LinkedHashMap<>();
        in.modules().stream().sorted(BY_DUE).forEach(m -> known.put(m.id(), m));
        in.work().stream()
                .flatMap(w -> w.modules().keySet().stream())
                .sorted(Comparator.comparing(ModuleId::value))
                .forEach(id -> known.computeIfAbsent(
                        id, k -> new OnlineModule(in.county(), in.programme(), k, null, null, null, 0, null)));
        return List.copyOf(known.values());
    }

    /** The board's rows alone, without its figures (what a trainee's count needs). */
    static List<TraineeResult> rows(SchoolInputs in) {
        return rows(in, modules(in));
    }

    private static List<TraineeResult> rows(SchoolInputs in, List<OnlineModule> modules) {
        if (in.finalized()) {
            return in.finals();
        }
        Map<TeacherId, OnlineWork> byAccount = new HashMap<>();
        in.work().forEach(w -> byAccount.put(w.teacher(), w));
        List<TraineeResult> rows = new ArrayList<>();
        in.trainees().values().stream()
                .sorted(Comparator.comparing(Trainee::teacherKey))
                .forEach(t ->
                        rows.add(row(in, modules, t, t.teacherId() == null ? null : byAccount.get(t.teacherId()))));
        return rows;
    }

    private static TraineeResult row(SchoolInputs in, List<OnlineModule> modules, Trainee t, OnlineWork work) {
        SchoolScore part = in.parts().get(t.teacherKey());
        if (part == null && in.setup().cancelled() && !t.exempt()) {
            // school scoring may not have taken the cancellation yet; the notice's rule does not wait for it
            part = new SchoolScore(t.teacherKey(), null, Points.ZERO, PartStatus.CANCELLED, CANCELLED_REASON);
        }
        String name =
                part != null && part.name() != null ? part.name() : in.names().get(t.teacherKey());
        if (t.exempt()) {
            return new TraineeResult(
                    t.teacherKey(),
                    t.teacherId(),
                    name,
                    t.school(),
                    t.exemption(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    0,
                    true,
                    false,
                    null);
        }
        List<ModuleResult> results = new ArrayList<>();
        BigDecimal online = Points.ZERO;
        boolean allCounted = !modules.isEmpty();
        for (OnlineModule m : modules) {
            ModuleResult r = ModuleJudge.judge(m, work == null ? null : work.in(m.id()));
            results.add(r);
            allCounted &= r.outcome().counted();
            if (r.score() != null) {
                online = online.add(r.score());
            }
        }
        BigDecimal school = part == null ? null : Points.of(part.points());
        BigDecimal total = online.add(school == null ? Points.ZERO : school);
        ProgrammeSettings settings = in.settings();
        boolean passed = settings != null && total.compareTo(BigDecimal.valueOf(settings.passMark())) >= 0;
        boolean complete = settings != null && allCounted && part != null && part.status() != PartStatus.PROVISIONAL;
        return new TraineeResult(
                t.teacherKey(),
                t.teacherId(),
                name,
                t.school(),
                null,
                results,
                online,
                school,
                part == null ? null : part.status(),
                part == null ? null : part.reason(),
                total,
                passed,
                passed ? settings.creditedHours() : 0,
                complete,
                false,
                null);
    }

    private static List<ModuleTally> tallies(SchoolInputs in, List<OnlineModule> modules) {
        List<ModuleTally> tallies = new ArrayList<>();
        for (OnlineModule m : modules) {
            ModuleTally tally = ModuleTally.empty(m.id());
            for (OnlineWork w : in.work()) {
                ModuleWork done = w.in(m.id());
                if (in.school().equals(w.school()) && done != null) {
                    tally = tally.plus(ModuleJudge.tally(m, done));
                }
            }
            tallies.add(tally);
        }
        return tallies;
    }
}

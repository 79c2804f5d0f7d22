package cn.wangben.scoring.results.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.TraineeCount;
import cn.wangben.scoring.results.WorkCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A replayed programme's counts summed per school and module before they become counter increments: the increments
 * {@link CounterDelta} makes of each count one at a time, with one map update per count instead of a string
 * key per increment. Schools and modules keep the order they were first counted in.
 */
final class ReplaySums {
    private final CountyId county;
    private final ProgrammeId programme;
    private final Map<SchoolId, Map<ModuleId, WorkSum>> work = new HashMap<>();
    private final List<WorkSum> workOrder = new ArrayList<>();
    private final Map<SchoolId, long[]> trainees = new LinkedHashMap<>();
    private final Set<SchoolId> listed = new LinkedHashSet<>();

    ReplaySums(CountyId county, ProgrammeId programme) {
        this.county = county;
        this.programme = programme;
    }

    /** A counted (teacher, module) fact: its school is not {@code null}. */
    void work(ModuleId module, WorkCount c) {
        WorkSum sum = work.computeIfAbsent(c.school(), k -> new HashMap<>()).computeIfAbsent(module, k -> {
            WorkSum s = new WorkSum(c.school(), k);
            workOrder.add(s);
            return s;
        });
        sum.add(c);
        listed.add(c.school());
    }

    void trainee(TraineeCount c) {
        if (c.school() == null) {
            return;
        }
        long[] sum = trainees.computeIfAbsent(c.school(), k -> new long[CounterDocuments.TRAINEE_FIELDS.size()]);
        sum[0] += c.enrolled();
        sum[1] += c.exempt();
        sum[2] += c.trainees();
        sum[3] += c.complete();
        sum[4] += c.passed();
        sum[5] += c.hours();
        listed.add(c.school());
    }

    CounterDelta delta() {
        CounterDelta delta = new CounterDelta();
        for (WorkSum s : workOrder) {
            delta.work(county, programme, s.module, s.school, s.values, s.bands, s.hours);
        }
        trainees.forEach((school, values) -> delta.trainee(county, programme, school, values));
        listed.forEach(school -> delta.list(county, programme, school));
        return delta;
    }

    /** One school's work counts in one module, summed. */
    private static final class WorkSum {
        final SchoolId school;
        final ModuleId module;
        final long[] values = new long[CounterDocuments.WORK_FIELDS.size()];
        final Map<String, Long> bands = new LinkedHashMap<>();
        final Map<Long, Long> hours = new LinkedHashMap<>();

        WorkSum(SchoolId school, ModuleId module) {
            this.school = school;
            this.module = module;
        }

        void add(WorkCount c) {
            values[0] += c.submitted();
            values[1] += c.onTime();
            values[2] += c.graded();
            values[3] += c.missed();
            values[4] += c.scoreTenths();
            if (c.band() != null) {
                bands.merge(c.band(), 1L, Long::sum);
            }
            c.hours().forEach((hour, n) -> hours.merge(hour.getEpochSecond(), (long) n, Long::sum));
        }
    }
}

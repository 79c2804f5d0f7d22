package cn.wangben.plan.roster;

import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.roster.RosterTeacher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Splits an accepted roster into {@link TeachersRostered} events of at most {@link TeachersRostered#MAX_BATCH}. */
final class RosterBatches {
    private RosterBatches() {}

    static int count(int teachers) {
        return (teachers + TeachersRostered.MAX_BATCH - 1) / TeachersRostered.MAX_BATCH;
    }

    static List<TeachersRostered> of(Roster roster, List<RosterTeacher> teachers, Instant at) {
        int batches = count(teachers.size());
        List<TeachersRostered> events = new ArrayList<>(batches);
        for (int batch = 0; batch < batches; batch++) {
            int from = batch * TeachersRostered.MAX_BATCH;
            int to = Math.min(teachers.size(), from + TeachersRostered.MAX_BATCH);
            events.add(new TeachersRostered(
                    EventId.random(),
                    roster.county(),
                    at,
                    roster.id(),
                    roster.programme(),
                    roster.school(),
                    batch + 1,
                    batches,
                    teachers.subList(from, to).stream().map(RosterBatches::wire).toList()));
        }
        return events;
    }

    /** Only the keyed hash and the masked ID leave the service; never the phone. */
    static RosteredTeacher wire(RosterTeacher t) {
        return new RosteredTeacher(
                t.idNumber().hash(),
                t.name(),
                t.gender().label(),
                t.stage().label(),
                t.subject(),
                t.title(),
                t.yearsOfTeaching(),
                t.idNumber().masked());
    }
}

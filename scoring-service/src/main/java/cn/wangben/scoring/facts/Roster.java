package cn.wangben.scoring.facts;

import cn.wangben.contracts.plan.RosteredTeacher;
import java.util.List;

/**
 * A school's current roster: the import with the latest {@code occurredAt}; its batches may still be arriving.
 *
 * @param rosterId {@code null} while no batch has arrived
 * @param batches how many batches the import has
 * @param batchesReceived how many of them arrived so far
 * @param teachers the teachers of the batches received, in batch order
 */
public record Roster(String rosterId, int batches, int batchesReceived, List<RosteredTeacher> teachers) {

    public Roster {
        teachers = List.copyOf(teachers);
    }

    public static Roster none() {
        return new Roster(null, 0, 0, List.of());
    }

    public boolean imported() {
        return rosterId != null;
    }

    public boolean complete() {
        return imported() && batchesReceived >= batches;
    }
}

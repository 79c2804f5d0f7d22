package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.Set;

/**
 * One page of a module's queue, in teacher order (stable, and the order of the stored key, so no page sorts the
 * module). {@code status}, {@code flagged} are null for "any"; {@code schools} is null for every school the caller
 * may see; {@code after} is the last teacher of the previous page (keyset paging).
 */
public record QueueQuery(
        CountyId county,
        ModuleId module,
        ItemStatus status,
        Boolean flagged,
        Set<SchoolId> schools,
        TeacherId after,
        int size) {

    public QueueQuery {
        schools = schools == null ? null : Set.copyOf(schools);
    }
}

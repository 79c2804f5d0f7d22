package cn.wangben.assignment.grading;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The grading queue: one item per module and teacher. Writes are guarded by the version the item was read at. */
public interface GradingItems {
    Optional<GradingItem> find(CountyId county, ModuleId module, TeacherId teacher);

    /** The stored items of these modules and teachers of one county, in one read; unstored ones are absent. */
    Map<ItemKey, GradingItem> findAll(CountyId county, Collection<ItemKey> keys);

    /**
     * Stores new items ({@link GradingItem#UNSTORED}) and updates the others if unchanged since read, all in one
     * write, without events. Returns the keys whose write lost to another writer (stored meanwhile, or changed since
     * read): those are not written; all others are.
     */
    Set<ItemKey> writeAll(List<GradingItem> items);

    /** Identifies an item: module ids are unique across counties. */
    record ItemKey(ModuleId module, TeacherId teacher) {
        public static ItemKey of(GradingItem item) {
            return new ItemKey(item.module(), item.teacher());
        }
    }

    /** Stores a new item; if another writer stored it first, a conflict ({@code DomainException}). */
    void insert(GradingItem item);

    /** Stores the item with its events in one write, if unchanged since read; otherwise a conflict. */
    void update(GradingItem item, List<DomainEvent> events);

    QueuePage page(QueueQuery query);

    /** Items by status, and flagged items, of the given schools (null: all). */
    QueueSummary summary(CountyId county, ModuleId module, Set<SchoolId> schools, boolean released);

    /**
     * Adds each flag to the item of its teacher whose current attempt is the flag's {@code of}, unless the item holds
     * {@code keepAtMost} flags already; a flag whose attempt was superseded, or that the item already has, changes
     * nothing. All in one round trip.
     */
    void flag(CountyId county, ModuleId module, List<FlagOn> flags, int keepAtMost);

    /** A near-copy flag for the item of {@code teacher}, raised on that teacher's attempt {@code of}. */
    record FlagOn(TeacherId teacher, SubmissionId of, NearCopyFlag flag) {}

    /** A superseded attempt no longer counts: drop its own flags and every flag that points at it. */
    default void unflag(CountyId county, SubmissionId superseded) {
        unflag(county, List.of(superseded));
    }

    /**
     * Superseded attempts of one county, whatever their modules, settled together: the same end state as one by one,
     * in two round trips however many there are (one finds the items holding a flag of or about any of them, one write
     * settles just those items).
     */
    void unflag(CountyId county, Collection<SubmissionId> superseded);
}

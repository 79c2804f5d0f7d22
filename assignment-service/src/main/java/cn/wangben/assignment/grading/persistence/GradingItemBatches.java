package cn.wangben.assignment.grading.persistence;

import cn.wangben.assignment.grading.GradingItem;
import cn.wangben.assignment.grading.GradingItems.ItemKey;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.platform.outbox.OutboxMessage;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The grading queue's batch reads and writes for the intake: many items in one round trip each, with the same
 * version guard as one item's write ({@link EventSourcedWrites}), without events (the intake raises none).
 */
final class GradingItemBatches {
    private final MongoCollection<Document> collection;

    GradingItemBatches(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    Map<ItemKey, GradingItem> findAll(CountyId county, Collection<ItemKey> keys) {
        Map<ItemKey, GradingItem> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        List<String> ids = keys.stream()
                .map(k -> GradingItemDocuments.key(k.module(), k.teacher()))
                .distinct()
                .toList();
        collection
                .find(Filters.and(Filters.in("_id", ids), Filters.eq("countyId", county.value())))
                .forEach(d -> {
                    GradingItem item = GradingItemDocuments.fromDocument(d);
                    found.put(ItemKey.of(item), item);
                });
        return found;
    }

    /** Unordered: one lost write does not stop the others. Returns the keys of the lost ones. */
    Set<ItemKey> writeAll(List<GradingItem> items) {
        if (items.isEmpty()) {
            return Set.of();
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        Map<String, GradingItem> updated = new LinkedHashMap<>();
        for (GradingItem item : items) {
            if (item.version() == GradingItem.UNSTORED) {
                Document d = GradingItemDocuments.forInsert(item)
                        .append(EventSourcedWrites.VERSION, 1L)
                        .append(OutboxMessage.FIELD, List.of());
                writes.add(new InsertOneModel<>(d));
            } else {
                String id = GradingItemDocuments.key(item.module(), item.teacher());
                List<Bson> sets = new ArrayList<>();
                GradingItemDocuments.changedFields(item).forEach((name, value) -> sets.add(Updates.set(name, value)));
                sets.add(Updates.set(EventSourcedWrites.VERSION, item.version() + 1));
                writes.add(new UpdateOneModel<>(
                        Filters.and(Filters.eq("_id", id), Filters.eq(EventSourcedWrites.VERSION, item.version())),
                        Updates.combine(sets)));
                updated.put(id, item);
            }
        }
        Set<ItemKey> lost = new HashSet<>();
        int matched;
        try {
            matched = collection
                    .bulkWrite(writes, new BulkWriteOptions().ordered(false))
                    .getMatchedCount();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                lost.add(ItemKey.of(items.get(error.getIndex())));
            }
            matched = e.getWriteResult().getMatchedCount();
        }
        if (matched < updated.size()) {
            lost.addAll(unmatched(updated));
        }
        return lost;
    }

    /**
     * A bulk result counts the matched updates, not which ones: an update took effect if the item now holds its
     * attempt at a later version than it was read at (a grade may have followed it). Rare, so a second read is fine.
     */
    private Set<ItemKey> unmatched(Map<String, GradingItem> updated) {
        Set<ItemKey> unmatched = new HashSet<>();
        Map<String, Document> now = new HashMap<>();
        collection
                .find(Filters.in("_id", List.copyOf(updated.keySet())))
                .projection(Projections.include("submissionId", EventSourcedWrites.VERSION))
                .forEach(d -> now.put(d.getString("_id"), d));
        updated.forEach((id, item) -> {
            Document d = now.get(id);
            boolean written = d != null
                    && item.attempt().submission().value().equals(d.getString("submissionId"))
                    && ((Number) d.get(EventSourcedWrites.VERSION)).longValue() > item.version();
            if (!written) {
                unmatched.add(ItemKey.of(item));
            }
        });
        return unmatched;
    }
}

package cn.wangben.assignment.grading.persistence;

import static cn.wangben.assignment.grading.persistence.GradingItemDocuments.COLLECTION;

import cn.wangben.assignment.grading.GradingItem;
import cn.wangben.assignment.grading.GradingItems;
import cn.wangben.assignment.grading.ItemStatus;
import cn.wangben.assignment.grading.QueuePage;
import cn.wangben.assignment.grading.QueueQuery;
import cn.wangben.assignment.grading.QueueSummary;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.platform.outbox.OutboxMessage;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoGradingItems implements GradingItems {
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;
    private final GradingItemBatches batches;

    MongoGradingItems(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        this.batches = new GradingItemBatches(collection());
        // Every queue filter is an equality prefix followed by _id, which is also the sort: pages are index walks.
        collection().createIndex(Indexes.ascending("countyId", "moduleId", "_id"));
        collection().createIndex(Indexes.ascending("countyId", "moduleId", "status", "schoolId", "_id"));
        collection().createIndex(Indexes.ascending("countyId", "moduleId", "status", "_id"));
        collection().createIndex(Indexes.ascending("countyId", "moduleId", "schoolId", "_id"));
        collection().createIndex(Indexes.ascending("countyId", "moduleId", "flagged", "_id"));
        collection().createIndex(Indexes.ascending("submissionId"));
        collection().createIndex(Indexes.ascending("nearCopies.submissionId"));
        collection().createIndex(Indexes.ascending("nearCopies.of"));
    }

    @Override
    public Optional<GradingItem> find(CountyId county, ModuleId module, TeacherId teacher) {
        Document d = collection()
                .find(Filters.and(
                        Filters.eq("_id", GradingItemDocuments.key(module, teacher)),
                        Filters.eq("countyId", county.value())))
                .first();
        return Optional.ofNullable(d).map(GradingItemDocuments::fromDocument);
    }

    @Override
    public Map<ItemKey, GradingItem> findAll(CountyId county, Collection<ItemKey> keys) {
        return batches.findAll(county, keys);
    }

    @Override
    public Set<ItemKey> writeAll(List<GradingItem> items) {
        return batches.writeAll(items);
    }

    @Override
    public void insert(GradingItem item) {
        try {
            writes.insert(COLLECTION, GradingItemDocuments.forInsert(item), List.of());
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            throw DomainException.conflict("concurrent-change", "数据已被他人修改，请刷新后重试");
        }
    }

    @Override
    public void update(GradingItem item, List<DomainEvent> events) {
        writes.update(
                COLLECTION,
                GradingItemDocuments.key(item.module(), item.teacher()),
                item.version(),
                GradingItemDocuments.changedFields(item),
                events);
    }

    @Override
    public QueuePage page(QueueQuery q) {
        List<Bson> filters = new ArrayList<>(scope(q.county(), q.module(), q.schools()));
        if (q.status() != null) {
            filters.add(Filters.eq("status", q.status().name()));
        }
        if (q.flagged() != null) {
            filters.add(Filters.eq("flagged", q.flagged()));
        }
        if (q.after() != null) {
            filters.add(Filters.gt("_id", GradingItemDocuments.key(q.module(), q.after())));
        }
        List<GradingItem> rows = collection()
                .find(Filters.and(filters))
                .sort(Sorts.ascending("_id"))
                .limit(q.size() + 1)
                .projection(Projections.exclude("history", OutboxMessage.FIELD))
                .map(GradingItemDocuments::fromDocument)
                .into(new ArrayList<>());
        if (rows.size() <= q.size()) {
            return new QueuePage(rows, null);
        }
        List<GradingItem> page = rows.subList(0, q.size());
        return new QueuePage(page, page.get(page.size() - 1).teacher());
    }

    @Override
    public QueueSummary summary(CountyId county, ModuleId module, Set<SchoolId> schools, boolean released) {
        Map<String, Document> byStatus = collection()
                .aggregate(List.of(
                        Aggregates.match(Filters.and(scope(county, module, schools))),
                        Aggregates.group(
                                "$status",
                                Accumulators.sum("items", 1),
                                Accumulators.sum("flagged", new Document("$cond", List.of("$flagged", 1, 0))))))
                .into(new ArrayList<>())
                .stream()
                .collect(Collectors.toMap(d -> d.getString("_id"), d -> d));
        long flagged = byStatus.values().stream()
                .mapToLong(d -> ((Number) d.get("flagged")).longValue())
                .sum();
        return new QueueSummary(
                count(byStatus, ItemStatus.UNGRADED),
                count(byStatus, ItemStatus.GRADED),
                count(byStatus, ItemStatus.MISSING),
                flagged,
                released);
    }

    @Override
    public void flag(CountyId county, ModuleId module, List<FlagOn> flags, int keepAtMost) {
        if (flags.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> pushes = new ArrayList<>();
        for (FlagOn f : flags) {
            // "of" remembers which attempt the flag was raised on, so a superseded attempt's flags can be dropped
            Document entry = GradingItemDocuments.flag(f.flag()).append("of", f.of().value());
            // by _id: an id lookup on any store; the submission still guards against a superseded attempt
            pushes.add(new UpdateOneModel<>(
                    Filters.and(
                            Filters.eq("_id", GradingItemDocuments.key(module, f.teacher())),
                            Filters.eq("countyId", county.value()),
                            Filters.eq("submissionId", f.of().value()),
                            Filters.ne(
                                    "nearCopies.submissionId",
                                    f.flag().submission().value()),
                            Filters.exists("nearCopies." + (keepAtMost - 1), false)),
                    Updates.combine(Updates.push("nearCopies", entry), Updates.set("flagged", true))));
        }
        collection().bulkWrite(pushes, new BulkWriteOptions().ordered(false));
    }

    /**
     * The items holding a flag raised on, or pointing at, a superseded attempt are found in one query (two multikey
     * indexes answer it on MongoDB); then only those items are written, by id. Three module-wide multi-updates did the
     * same, but the local server answers a query on an array field by reading every item: a run of resubmissions over
     * many modules read the whole queue three times per module.
     */
    @Override
    public void unflag(CountyId county, Collection<SubmissionId> superseded) {
        if (superseded.isEmpty()) {
            return;
        }
        List<String> ids =
                superseded.stream().map(SubmissionId::value).distinct().toList();
        List<String> holders = collection()
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.or(Filters.in("nearCopies.of", ids), Filters.in("nearCopies.submissionId", ids))))
                .projection(Projections.include("_id"))
                .map(d -> d.getString("_id"))
                .into(new ArrayList<>());
        if (holders.isEmpty()) {
            return;
        }
        Bson held = Filters.and(Filters.in("_id", holders), Filters.eq("countyId", county.value()));
        collection()
                .bulkWrite(
                        List.of(
                                new UpdateManyModel<>(held, Updates.pull("nearCopies", Filters.in("of", ids))),
                                new UpdateManyModel<>(
                                        held, Updates.pull("nearCopies", Filters.in("submissionId", ids))),
                                new UpdateManyModel<>(
                                        Filters.and(held, Filters.eq("flagged", true), Filters.size("nearCopies", 0)),
                                        Updates.set("flagged", false))),
                        new BulkWriteOptions().ordered(true));
    }

    private static List<Bson> scope(CountyId county, ModuleId module, Set<SchoolId> schools) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("countyId", county.value()));
        filters.add(Filters.eq("moduleId", module.value()));
        if (schools != null && schools.size() == 1) {
            filters.add(Filters.eq("schoolId", schools.iterator().next().value()));
        } else if (schools != null) {
            filters.add(
                    Filters.in("schoolId", schools.stream().map(SchoolId::value).toList()));
        }
        return filters;
    }

    private static long count(Map<String, Document> byStatus, ItemStatus status) {
        Document d = byStatus.get(status.name());
        return d == null ? 0 : ((Number) d.get("items")).longValue();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}

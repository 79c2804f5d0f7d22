package cn.wangben.plan.hours.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.plan.hours.HoursEntry;
import cn.wangben.plan.hours.HoursRecord;
import cn.wangben.plan.hours.HoursRecords;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** {@code hours_records}: one document per county and teacher key, entries keyed by their id. */
@Repository
class MongoHoursRecords implements HoursRecords {
    static final String COLLECTION = "hours_records";
    private final MongoTemplate mongo;

    MongoHoursRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void put(CountyId county, String teacherKey, HoursEntry entry) {
        String id = county.value() + ":" + teacherKey;
        Document doc = document(entry);
        // replace in place when the entry exists; otherwise push it, creating the record if needed (each one atomic)
        if (collection()
                        .updateOne(
                                Filters.and(Filters.eq("_id", id), Filters.eq("entries.id", entry.id())),
                                Updates.set("entries.$", doc))
                        .getMatchedCount()
                > 0) {
            return;
        }
        try {
            collection()
                    .updateOne(
                            Filters.and(Filters.eq("_id", id), Filters.ne("entries.id", entry.id())),
                            Updates.combine(
                                    Updates.setOnInsert("countyId", county.value()),
                                    Updates.setOnInsert("teacherKey", teacherKey),
                                    Updates.push("entries", doc)),
                            new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // another delivery added this very entry in between: it is there, which is all we wanted
        }
    }

    @Override
    public Optional<HoursRecord> of(CountyId county, String teacherKey) {
        return Optional.ofNullable(collection()
                        .find(Filters.eq("_id", county.value() + ":" + teacherKey))
                        .first())
                .map(d -> new HoursRecord(
                        county,
                        teacherKey,
                        d.getList("entries", Document.class, List.of()).stream()
                                .map(MongoHoursRecords::entry)
                                .toList()));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private static Document document(HoursEntry e) {
        return new Document("id", e.id())
                .append("source", e.source())
                .append("title", e.title())
                .append("hours", e.hours())
                .append("at", Date.from(e.at()))
                .append("evidence", e.evidence());
    }

    private static HoursEntry entry(Document d) {
        return new HoursEntry(
                d.getString("id"),
                d.getString("source"),
                d.getString("title"),
                d.getInteger("hours"),
                d.getDate("at").toInstant(),
                d.getString("evidence"));
    }
}

package cn.wangben.scoring.results.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one write pattern of the facts: "set this unless what is stored is as new or newer". The guard goes into the
 * filter of an upsert; when the stored fact wins, the filter misses, the insert collides on {@code _id}, and the
 * collision is the no-op. Redelivered or late events therefore change nothing.
 */
final class Upserts {
    private Upserts() {}

    static void unlessAsNew(MongoCollection<Document> collection, String id, Bson stillOlder, Bson update) {
        try {
            collection.updateOne(
                    Filters.and(Filters.eq("_id", id), stillOlder), update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    static WriteModel<Document> unlessAsNew(String id, Bson stillOlder, Bson update) {
        return new UpdateOneModel<>(
                Filters.and(Filters.eq("_id", id), stillOlder), update, new UpdateOptions().upsert(true));
    }

    static WriteModel<Document> always(String id, Bson update) {
        return new UpdateOneModel<>(Filters.eq("_id", id), update, new UpdateOptions().upsert(true));
    }

    /** Writes a batch of these upserts at once; the collisions of stored facts that win are the no-ops they are. */
    static void all(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return;
        }
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyCollisions = e.getWriteErrors().stream()
                    .allMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyCollisions) {
                throw e;
            }
        }
    }

    static void always(MongoCollection<Document> collection, String id, Bson update) {
        collection.updateOne(Filters.eq("_id", id), update, new UpdateOptions().upsert(true));
    }

    /** The stored instant at {@code field} is absent or before {@code at}. */
    static Bson olderThan(String field, Instant at) {
        return Filters.or(Filters.exists(field, false), Filters.lt(field, Date.from(at)));
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static String key(String... parts) {
        return String.join(":", parts);
    }
}

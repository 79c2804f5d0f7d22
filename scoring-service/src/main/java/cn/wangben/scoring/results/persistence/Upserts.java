package cn.wangben.scoring.results.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
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

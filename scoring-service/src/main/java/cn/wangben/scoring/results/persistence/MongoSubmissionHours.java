package cn.wangben.scoring.results.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.scoring.results.SubmissionHours;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The hours on the module's counter document ({@code dashboard_modules}, field {@code h}: epoch second → count). */
@Repository
class MongoSubmissionHours implements SubmissionHours {
    private final MongoTemplate mongo;

    MongoSubmissionHours(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<Instant, Integer> counts(CountyId county, ModuleId module, Instant from, Instant to) {
        Map<Instant, Integer> counts = new TreeMap<>();
        Document d = mongo.getCollection(CounterDocuments.MODULES)
                .find(Filters.eq("_id", Upserts.key(county.value(), module.value())))
                .projection(Projections.include(CounterDocuments.HOURS_FIELD))
                .first();
        Document hours = d == null ? null : d.get(CounterDocuments.HOURS_FIELD, Document.class);
        if (hours != null) {
            hours.forEach((epoch, n) -> {
                Instant hour = Instant.ofEpochSecond(Long.parseLong(epoch));
                int count = ((Number) n).intValue();
                if (!hour.isBefore(from) && hour.isBefore(to) && count > 0) {
                    counts.put(hour, count);
                }
            });
        }
        return counts;
    }
}

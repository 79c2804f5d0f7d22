package cn.wangben.scoring.results.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.scoring.results.SubmissionHours;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code submission_hours}: one document per module and hour holding the submission ids it counted, so adding an id
 * and raising the count are one atomic update that a redelivery cannot repeat.
 */
@Repository
class MongoSubmissionHours implements SubmissionHours {
    static final String HOURS = "submission_hours";
    private final MongoTemplate mongo;

    MongoSubmissionHours(MongoTemplate mongo) {
        this.mongo = mongo;
        createIndexes(mongo);
    }

    static void createIndexes(MongoTemplate mongo) {
        mongo.getCollection(HOURS).createIndex(Indexes.ascending("countyId", "moduleId", "hour"));
    }

    @Override
    public void record(CountyId county, ModuleId module, SubmissionId submission, Instant hourStart) {
        String id = Upserts.key(county.value(), module.value(), String.valueOf(hourStart.getEpochSecond()));
        try {
            mongo.getCollection(HOURS)
                    .updateOne(
                            Filters.and(Filters.eq("_id", id), Filters.ne("ids", submission.value())),
                            Updates.combine(
                                    Updates.setOnInsert("countyId", county.value()),
                                    Updates.setOnInsert("moduleId", module.value()),
                                    Updates.setOnInsert("hour", Date.from(hourStart)),
                                    Updates.push("ids", submission.value()),
                                    Updates.inc("count", 1)),
                            new UpdateOptions().upsert(true));
        } catch (MongoWriteException counted) {
            if (counted.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw counted;
            }
        }
    }

    @Override
    public Map<Instant, Integer> counts(CountyId county, ModuleId module, Instant from, Instant to) {
        Map<Instant, Integer> counts = new TreeMap<>();
        mongo.getCollection(HOURS)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("moduleId", module.value()),
                        Filters.gte("hour", Date.from(from)),
                        Filters.lt("hour", Date.from(to))))
                .projection(com.mongodb.client.model.Projections.include("hour", "count"))
                .forEach(d -> counts.put(d.getDate("hour").toInstant(), d.getInteger("count")));
        return counts;
    }
}

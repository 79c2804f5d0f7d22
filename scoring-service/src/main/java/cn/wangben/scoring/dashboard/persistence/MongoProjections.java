package cn.wangben.scoring.dashboard.persistence;

import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.dashboard.ModuleSummary;
import cn.wangben.scoring.dashboard.Projections;
import cn.wangben.scoring.dashboard.SchoolProgress;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * One document per school holds its counters and the set of teachers already counted, so counting a teacher and
 * raising the counter are a single atomic, idempotent update.
 */
@Repository
class MongoProjections implements Projections {
    static final String MODULES = "dashboard_modules";
    static final String SCHOOLS = "dashboard_schools";
    private final MongoTemplate mongo;

    MongoProjections(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(MODULES).createIndex(Indexes.ascending("countyId"));
        mongo.getCollection(SCHOOLS).createIndex(Indexes.ascending("countyId"));
    }

    @Override
    public void moduleScheduled(ModuleScheduled e) {
        Document module = new Document("_id", e.moduleId().value())
                .append("countyId", e.countyId().value())
                .append("programmeId", e.programmeId().value())
                .append("title", e.title())
                .append("dueAt", Date.from(e.dueAt()))
                .append("maxPoints", e.maxPoints());
        mongo.getCollection(MODULES)
                .replaceOne(Filters.eq("_id", e.moduleId().value()), module, new ReplaceOptions().upsert(true));
    }

    @Override
    public void essaySubmitted(EssaySubmitted e) {
        String module = e.moduleId().value();
        String submitter = "submitters." + module + "." + e.teacherId().value();
        try {
            mongo.getCollection(SCHOOLS)
                    .updateOne(
                            Filters.and(
                                    Filters.eq("_id", schoolKey(e.countyId(), e.schoolId())),
                                    Filters.exists(submitter, false)),
                            Updates.combine(
                                    Updates.setOnInsert("countyId", e.countyId().value()),
                                    Updates.setOnInsert("schoolId", e.schoolId().value()),
                                    Updates.set(submitter, Date.from(e.submittedAt())),
                                    Updates.inc("submitted." + module, 1)),
                            new UpdateOptions().upsert(true));
        } catch (MongoWriteException duplicate) {
            // The school exists and this teacher is already counted: the upsert's insert collides on _id.
            if (duplicate.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw duplicate;
            }
        }
    }

    @Override
    public List<ModuleSummary> modules(CountyId county) {
        return mongo.getCollection(MODULES)
                .find(Filters.eq("countyId", county.value()))
                .sort(Sorts.ascending("dueAt"))
                .map(d -> new ModuleSummary(
                        ModuleId.of(d.getString("_id")),
                        ProgrammeId.of(d.getString("programmeId")),
                        d.getString("title"),
                        d.getDate("dueAt").toInstant(),
                        d.getInteger("maxPoints")))
                .into(new ArrayList<>());
    }

    @Override
    public List<SchoolProgress> schools(CountyId county) {
        return mongo.getCollection(SCHOOLS)
                .find(Filters.eq("countyId", county.value()))
                .projection(com.mongodb.client.model.Projections.exclude("submitters"))
                .sort(Sorts.ascending("schoolId"))
                .map(MongoProjections::progress)
                .into(new ArrayList<>());
    }

    private static SchoolProgress progress(Document d) {
        Map<ModuleId, Integer> submitted = new HashMap<>();
        Document counters = d.get("submitted", new Document());
        counters.forEach((module, n) -> submitted.put(ModuleId.of(module), ((Number) n).intValue()));
        return new SchoolProgress(SchoolId.of(d.getString("schoolId")), submitted);
    }

    private static String schoolKey(CountyId county, SchoolId school) {
        return county.value() + ":" + school.value();
    }
}

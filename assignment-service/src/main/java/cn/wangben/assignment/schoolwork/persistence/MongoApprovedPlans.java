package cn.wangben.assignment.schoolwork.persistence;

import cn.wangben.assignment.schoolwork.ApprovedPlan;
import cn.wangben.assignment.schoolwork.ApprovedPlans;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.PlannedAssignment;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code _id} = programme:school. The replace only matches a stored approval that is not later than this one; against
 * a later one the upsert collides on {@code _id}, which here means "a later approval is in force".
 */
@Repository
class MongoApprovedPlans implements ApprovedPlans {
    static final String COLLECTION = "approved_school_plans";
    private final MongoTemplate mongo;

    MongoApprovedPlans(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "programmeId"));
    }

    @Override
    public boolean keep(ApprovedPlan plan) {
        String id = plan.programme() + ":" + plan.school();
        Date approvedAt = Date.from(plan.approvedAt());
        List<Document> assignments = new ArrayList<>();
        for (PlannedAssignment a : plan.assignments()) {
            assignments.add(new Document("number", a.number())
                    .append("title", a.title())
                    .append("requirement", a.requirement())
                    .append("dueDate", a.dueDate() == null ? null : a.dueDate().toString()));
        }
        Document document = new Document("_id", id)
                .append("countyId", plan.county().value())
                .append("programmeId", plan.programme().value())
                .append("schoolId", plan.school().value())
                .append("planId", plan.planId())
                .append("approvedAt", approvedAt)
                .append("assignments", assignments);
        try {
            mongo.getCollection(COLLECTION)
                    .replaceOne(
                            Filters.and(Filters.eq("_id", id), Filters.lte("approvedAt", approvedAt)),
                            document,
                            new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<ApprovedPlan> ofProgramme(CountyId county, ProgrammeId programme) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())))
                .map(MongoApprovedPlans::fromDocument)
                .into(new ArrayList<>());
    }

    private static ApprovedPlan fromDocument(Document d) {
        List<PlannedAssignment> assignments = new ArrayList<>();
        for (Document a : d.getList("assignments", Document.class)) {
            String dueDate = a.getString("dueDate");
            assignments.add(new PlannedAssignment(
                    a.getInteger("number"),
                    a.getString("title"),
                    a.getString("requirement"),
                    dueDate == null ? null : LocalDate.parse(dueDate)));
        }
        return new ApprovedPlan(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                SchoolId.of(d.getString("schoolId")),
                d.getString("planId"),
                d.getDate("approvedAt").toInstant(),
                assignments);
    }
}

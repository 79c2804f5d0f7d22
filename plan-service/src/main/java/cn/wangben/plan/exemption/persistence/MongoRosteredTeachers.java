package cn.wangben.plan.exemption.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.exemption.RosteredTeacher;
import cn.wangben.plan.exemption.RosteredTeachers;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads this service's own {@code roster_teachers}. A teacher counts only if their roster is an imported one: an
 * upload still being imported has its teachers stored before its summary.
 */
@Repository
class MongoRosteredTeachers implements RosteredTeachers {
    private final MongoTemplate mongo;

    MongoRosteredTeachers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RosteredTeacher> find(CountyId county, ProgrammeId programme, String teacherKey) {
        List<Document> found = mongo.getCollection("roster_teachers")
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("programmeId", programme.value()),
                        Filters.eq("teacherKey", teacherKey)))
                .projection(Projections.include("schoolId", "rosterId", "teacherKey", "name", "maskedIdNumber"))
                .into(new ArrayList<>());
        for (Document d : found) {
            boolean imported = mongo.getCollection("rosters")
                            .countDocuments(Filters.and(
                                    Filters.eq("_id", d.getString("rosterId")), Filters.eq("status", "IMPORTED")))
                    > 0;
            if (imported) {
                return Optional.of(new RosteredTeacher(
                        SchoolId.of(d.getString("schoolId")),
                        d.getString("teacherKey"),
                        d.getString("name"),
                        d.getString("maskedIdNumber")));
            }
        }
        return Optional.empty();
    }
}

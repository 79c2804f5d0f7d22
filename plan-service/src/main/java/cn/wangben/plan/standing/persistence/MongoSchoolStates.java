package cn.wangben.plan.standing.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.standing.RegisteredSchools;
import cn.wangben.plan.standing.SchoolStates;
import cn.wangben.plan.standing.SubmissionState;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Reads this service's own plan and roster collections; two queries per programme, whatever the school count. */
@Repository
class MongoSchoolStates implements SchoolStates, RegisteredSchools {
    static final String REGISTERED = "registered_schools";
    private static final Set<String> HANDED_IN = Set.of("SUBMITTED", "RETURNED", "APPROVED");
    private final MongoTemplate mongo;

    MongoSchoolStates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<SubmissionState> of(CountyId county, ProgrammeId programme, Instant registeredBy) {
        Bson scope = Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value()));
        Map<String, boolean[]> bySchool = new TreeMap<>();
        mongo.getCollection(REGISTERED)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()), Filters.lte("registeredAt", Date.from(registeredBy))))
                .projection(Projections.include("schoolId"))
                .forEach(d -> state(bySchool, d.getString("schoolId")));
        mongo.getCollection("school_plans")
                .find(scope)
                .projection(Projections.include("schoolId", "status"))
                .forEach(d -> state(bySchool, d.getString("schoolId"))[0] = HANDED_IN.contains(d.getString("status")));
        mongo.getCollection("rosters")
                .find(Filters.and(scope, Filters.eq("status", "IMPORTED")))
                .projection(Projections.include("schoolId"))
                .forEach(d -> state(bySchool, d.getString("schoolId"))[1] = true);
        return bySchool.entrySet().stream()
                .map(e -> new SubmissionState(SchoolId.of(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    @Override
    public void remember(CountyId county, SchoolId school, String name, Instant registeredAt) {
        mongo.getCollection(REGISTERED)
                .updateOne(
                        Filters.eq("_id", county.value() + ":" + school.value()),
                        Updates.combine(
                                Updates.setOnInsert("countyId", county.value()),
                                Updates.setOnInsert("schoolId", school.value()),
                                Updates.setOnInsert("name", name),
                                Updates.setOnInsert("registeredAt", Date.from(registeredAt))),
                        new UpdateOptions().upsert(true));
    }

    private static boolean[] state(Map<String, boolean[]> bySchool, String school) {
        return bySchool.computeIfAbsent(school, s -> new boolean[2]);
    }
}

package cn.wangben.scoring.facts.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.scoring.facts.ApprovedPlan;
import cn.wangben.scoring.facts.ProgrammeTerms;
import cn.wangben.scoring.facts.Roster;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.facts.SchoolStanding;
import cn.wangben.scoring.facts.Trainee;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The reading half of {@link MongoSchoolFacts}. */
abstract class FactReads implements SchoolFacts {
    private final MongoTemplate mongo;

    FactReads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String schoolKey(CountyId county, ProgrammeId programme, SchoolId school) {
        return county.value() + ":" + programme.value() + ":" + school.value();
    }

    @Override
    public Optional<ProgrammeTerms> programme(CountyId county, ProgrammeId id) {
        return Optional.ofNullable(mongo.getCollection(MongoSchoolFacts.PROGRAMMES)
                        .find(Filters.eq("_id", county.value() + ":" + id.value()))
                        .first())
                .map(FactReads::terms);
    }

    @Override
    public List<ProgrammeTerms> scoringDeadlinePassed(Instant now) {
        return mongo.getCollection(MongoSchoolFacts.PROGRAMMES)
                .find(Filters.lte("scoringDeadline", Date.from(now)))
                .map(FactReads::terms)
                .into(new ArrayList<>());
    }

    @Override
    public Optional<ApprovedPlan> plan(CountyId county, ProgrammeId programme, SchoolId school) {
        return byKey(MongoSchoolFacts.PLANS, county, programme, school)
                .map(d -> new ApprovedPlan(
                        county,
                        programme,
                        school,
                        d.getString("planId"),
                        FactDocuments.rubric(d.get("rubric", Document.class)),
                        d.getList("activities", Document.class).stream()
                                .map(FactDocuments::activity)
                                .toList(),
                        d.getDate("approvedAt").toInstant()));
    }

    @Override
    public Roster roster(CountyId county, ProgrammeId programme, SchoolId school) {
        Optional<Document> current = byKey(MongoSchoolFacts.ROSTERS, county, programme, school);
        if (current.isEmpty()) {
            return Roster.none();
        }
        String rosterId = current.get().getString("rosterId");
        List<RosteredTeacher> teachers = new ArrayList<>();
        int[] received = {0};
        mongo.getCollection(MongoSchoolFacts.ROSTER_BATCHES)
                .find(Filters.eq("rosterId", rosterId))
                .sort(Sorts.ascending("batch"))
                .forEach(batch -> {
                    received[0]++;
                    batch.getList("teachers", Document.class).forEach(t -> teachers.add(FactDocuments.teacher(t)));
                });
        return new Roster(rosterId, current.get().getInteger("batches"), received[0], teachers);
    }

    @Override
    public Optional<SchoolStanding> standing(CountyId county, ProgrammeId programme, SchoolId school) {
        return byKey(MongoSchoolFacts.SETUPS, county, programme, school)
                .map(d -> d.get("standing", Document.class))
                .filter(s -> s.getDate("at") != null)
                .map(s -> new SchoolStanding(
                        county,
                        programme,
                        school,
                        s.getBoolean("cancelled", false),
                        s.getList("missing", String.class),
                        s.getString("reason"),
                        s.getDate("at").toInstant()));
    }

    @Override
    public List<SchoolId> schools(CountyId county, ProgrammeId programme) {
        Bson scope = Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value()));
        TreeSet<String> schools = new TreeSet<>();
        Bson standing = Filters.and(scope, Filters.exists("standing.at"));
        for (String collection : List.of(MongoSchoolFacts.PLANS, MongoSchoolFacts.ROSTERS, MongoSchoolFacts.SETUPS)) {
            mongo.getCollection(collection)
                    .find(collection.equals(MongoSchoolFacts.SETUPS) ? standing : scope)
                    .projection(Projections.include("schoolId"))
                    .forEach(d -> schools.add(d.getString("schoolId")));
        }
        return schools.stream().map(SchoolId::of).toList();
    }

    @Override
    public Map<String, Trainee> trainees(CountyId county, ProgrammeId programme, SchoolId school) {
        Map<String, Trainee> trainees = new LinkedHashMap<>();
        mongo.getCollection(MongoSchoolFacts.TRAINEES)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("programmeId", programme.value()),
                        Filters.eq("schoolId", school.value())))
                .forEach(d -> trainees.put(d.getString("teacherKey"), trainee(d)));
        return trainees;
    }

    @Override
    public Optional<Trainee> traineeOfAccount(CountyId county, ProgrammeId programme, TeacherId teacher) {
        return Optional.ofNullable(mongo.getCollection(MongoSchoolFacts.TRAINEES)
                        .find(Filters.and(
                                Filters.eq("countyId", county.value()),
                                Filters.eq("programmeId", programme.value()),
                                Filters.eq("teacherId", teacher.value())))
                        .first())
                .map(FactReads::trainee);
    }

    static Trainee trainee(Document d) {
        String teacherId = d.getString("teacherId");
        return new Trainee(
                d.getString("teacherKey"),
                SchoolId.of(d.getString("schoolId")),
                teacherId == null ? null : TeacherId.of(teacherId),
                d.getString("exemption"));
    }

    private Optional<Document> byKey(String collection, CountyId county, ProgrammeId programme, SchoolId school) {
        return Optional.ofNullable(mongo.getCollection(collection)
                .find(Filters.eq("_id", schoolKey(county, programme, school)))
                .first());
    }

    private static ProgrammeTerms terms(Document d) {
        Date deadline = d.getDate("scoringDeadline");
        return new ProgrammeTerms(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                d.getString("name"),
                d.getInteger("schoolPoints"),
                deadline == null ? null : deadline.toInstant(),
                d.getInteger("revision"));
    }
}

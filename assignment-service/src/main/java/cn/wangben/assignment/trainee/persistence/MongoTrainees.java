package cn.wangben.assignment.trainee.persistence;

import cn.wangben.assignment.trainee.Trainee;
import cn.wangben.assignment.trainee.Trainees;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per programme and roster key ({@code _id}); each event sets only its own fields, by upsert. */
@Repository
class MongoTrainees implements Trainees {
    static final String COLLECTION = "trainees";
    private final MongoTemplate mongo;

    MongoTrainees(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "programmeId", "teacherId"));
    }

    @Override
    public void enrolled(
            CountyId county, ProgrammeId programme, String teacherKey, SchoolId school, TeacherId teacher) {
        upsert(
                county,
                programme,
                teacherKey,
                school,
                Updates.set("teacherId", teacher == null ? null : teacher.value()),
                Updates.setOnInsert("exempt", false));
    }

    @Override
    public void exempted(CountyId county, ProgrammeId programme, String teacherKey, SchoolId school) {
        upsert(county, programme, teacherKey, school, Updates.set("exempt", true));
    }

    @Override
    public List<Trainee> ofProgramme(CountyId county, ProgrammeId programme) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())))
                .map(MongoTrainees::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public Optional<Trainee> find(CountyId county, ProgrammeId programme, TeacherId teacher) {
        Document d = mongo.getCollection(COLLECTION)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("programmeId", programme.value()),
                        Filters.eq("teacherId", teacher.value())))
                .first();
        return Optional.ofNullable(d).map(MongoTrainees::fromDocument);
    }

    private void upsert(CountyId county, ProgrammeId programme, String teacherKey, SchoolId school, Bson... updates) {
        List<Bson> all = new ArrayList<>(List.of(updates));
        all.add(Updates.set("countyId", county.value()));
        all.add(Updates.set("programmeId", programme.value()));
        all.add(Updates.set("teacherKey", teacherKey));
        all.add(Updates.set("schoolId", school.value()));
        mongo.getCollection(COLLECTION)
                .updateOne(
                        Filters.eq("_id", programme.value() + ":" + teacherKey),
                        Updates.combine(all),
                        new UpdateOptions().upsert(true));
    }

    private static Trainee fromDocument(Document d) {
        String teacher = d.getString("teacherId");
        return new Trainee(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                d.getString("teacherKey"),
                SchoolId.of(d.getString("schoolId")),
                teacher == null ? null : TeacherId.of(teacher),
                Boolean.TRUE.equals(d.getBoolean("exempt")));
    }
}

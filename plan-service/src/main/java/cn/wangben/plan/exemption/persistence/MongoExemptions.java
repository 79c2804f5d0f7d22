package cn.wangben.plan.exemption.persistence;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.exemption.Exemption;
import cn.wangben.plan.exemption.Exemptions;
import cn.wangben.plan.exemption.RosteredTeacher;
import cn.wangben.platform.outbox.EventSourcedWrites;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per programme and teacher ({@code _id} = programme:teacherKey), stored with its event. */
@Repository
class MongoExemptions implements Exemptions {
    static final String COLLECTION = "exemptions";
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    MongoExemptions(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "programmeId", "schoolId"));
    }

    @Override
    public boolean addIfAbsent(Exemption exemption, DomainEvent event) {
        Document document = new Document(
                        "_id",
                        exemption.programme().value() + ":"
                                + exemption.teacher().teacherKey())
                .append("countyId", exemption.county().value())
                .append("programmeId", exemption.programme().value())
                .append("schoolId", exemption.teacher().school().value())
                .append("teacherKey", exemption.teacher().teacherKey())
                .append("name", exemption.teacher().name())
                .append("maskedIdNumber", exemption.teacher().maskedIdNumber())
                .append("category", exemption.category())
                .append("evidence", exemption.evidence())
                .append("by", exemption.by())
                .append("at", Date.from(exemption.at()));
        try {
            writes.insert(COLLECTION, document, List.of(event));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Exemption> ofProgramme(CountyId county, ProgrammeId programme) {
        return read(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())));
    }

    @Override
    public List<Exemption> ofSchool(CountyId county, ProgrammeId programme, SchoolId school) {
        return read(Filters.and(
                Filters.eq("countyId", county.value()),
                Filters.eq("programmeId", programme.value()),
                Filters.eq("schoolId", school.value())));
    }

    private List<Exemption> read(Bson filter) {
        return mongo.getCollection(COLLECTION)
                .find(filter)
                .sort(Sorts.ascending("schoolId", "at"))
                .map(MongoExemptions::fromDocument)
                .into(new ArrayList<>());
    }

    private static Exemption fromDocument(Document d) {
        return new Exemption(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                new RosteredTeacher(
                        SchoolId.of(d.getString("schoolId")),
                        d.getString("teacherKey"),
                        d.getString("name"),
                        d.getString("maskedIdNumber")),
                d.getString("category"),
                d.getString("evidence"),
                d.getString("by"),
                d.getDate("at").toInstant());
    }
}

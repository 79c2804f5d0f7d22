package cn.wangben.plan.enrollment.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.enrollment.RosterEntries;
import com.mongodb.client.model.Filters;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Reads the roster feature's teacher documents: only current, completed rosters' teachers count. */
@Repository
class MongoRosterEntries implements RosterEntries {
    private final MongoTemplate mongo;

    MongoRosterEntries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RosterEntry> find(CountyId county, ProgrammeId programme, SchoolId school, String teacherKey) {
        Document d = mongo.getCollection("roster_teachers")
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("programmeId", programme.value()),
                        Filters.eq("schoolId", school.value()),
                        Filters.eq("teacherKey", teacherKey)))
                .first();
        return Optional.ofNullable(d)
                .filter(this::ofCompletedImport)
                .map(found -> new RosterEntry(teacherKey, found.getString("name"), found.getString("maskedIdNumber")));
    }

    /** An import still in progress has its teachers stored before its summary; they do not count yet. */
    private boolean ofCompletedImport(Document teacher) {
        return mongo.getCollection("rosters")
                        .countDocuments(Filters.and(
                                Filters.eq("_id", teacher.getString("rosterId")), Filters.eq("status", "IMPORTED")))
                > 0;
    }
}

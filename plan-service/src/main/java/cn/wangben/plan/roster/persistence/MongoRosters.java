package cn.wangben.plan.roster.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.plan.roster.Roster;
import cn.wangben.plan.roster.RosterReport;
import cn.wangben.plan.roster.RosterStatus;
import cn.wangben.plan.roster.Rosters;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.roster.KnownIdentity;
import cn.wangben.roster.RosterTeacher;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code rosters} (summaries, with the {@code RosterImported} outbox), {@code roster_teachers} (one document per
 * teacher: keyed ID hash, masked ID, masked and sealed phone; never a clear ID or phone), {@code roster_batches} (one
 * document per {@code TeachersRostered} event) and {@code roster_reports} (error reports, small .xlsx files).
 */
@Repository
class MongoRosters implements Rosters {
    static final String ROSTERS = "rosters";
    static final String TEACHERS = "roster_teachers";
    static final String BATCHES = "roster_batches";
    static final String REPORTS = "roster_reports";
    private static final int INSERT_CHUNK = 1000;
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    MongoRosters(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.getCollection(ROSTERS).createIndex(Indexes.ascending("countyId", "programmeId", "schoolId", "status"));
        mongo.getCollection(TEACHERS).createIndex(Indexes.ascending("rosterId", "row"));
        mongo.getCollection(TEACHERS).createIndex(Indexes.ascending("countyId", "programmeId", "schoolId"));
        mongo.getCollection(REPORTS).createIndex(Indexes.ascending("countyId", "programmeId", "schoolId"));
    }

    @Override
    public KnownIdentity registeredElsewhere(CountyId county, ProgrammeId programme, SchoolId except) {
        List<String> rosterIds = currentOfProgramme(county, programme).stream()
                .filter(r -> !r.school().equals(except))
                .map(Roster::id)
                .toList();
        if (rosterIds.isEmpty()) {
            return KnownIdentity.NONE;
        }
        // One read of the county's other trainees instead of one query per row of a large upload.
        Map<String, String> schoolByHash = new HashMap<>();
        teachers()
                .find(Filters.in("rosterId", rosterIds))
                .projection(Projections.include("teacherKey", "schoolId"))
                .forEach(d -> schoolByHash.putIfAbsent(d.getString("teacherKey"), d.getString("schoolId")));
        return hash -> Optional.ofNullable(schoolByHash.get(hash));
    }

    @Override
    public void addReport(RosterReport report) {
        mongo.getCollection(REPORTS)
                .insertOne(new Document("_id", report.id())
                        .append("countyId", report.county().value())
                        .append("programmeId", report.programme().value())
                        .append("schoolId", report.school().value())
                        .append("createdAt", Date.from(report.createdAt()))
                        .append("content", new Binary(report.content())));
    }

    @Override
    public Optional<RosterReport> report(CountyId county, ProgrammeId programme, SchoolId school, String reportId) {
        Document d = mongo.getCollection(REPORTS)
                .find(Filters.and(Filters.eq("_id", reportId), school(county, programme, school)))
                .first();
        return Optional.ofNullable(d)
                .map(r -> new RosterReport(
                        r.getString("_id"),
                        county,
                        programme,
                        school,
                        r.get("content", Binary.class).getData(),
                        r.getDate("createdAt").toInstant()));
    }

    @Override
    public void addTeachers(Roster roster, List<RosterTeacher> teachers) {
        List<Document> chunk = new ArrayList<>(Math.min(INSERT_CHUNK, teachers.size()));
        for (RosterTeacher teacher : teachers) {
            chunk.add(RosterDocuments.teacher(roster, teacher));
            if (chunk.size() == INSERT_CHUNK) {
                teachers().insertMany(chunk);
                chunk = new ArrayList<>(INSERT_CHUNK);
            }
        }
        if (!chunk.isEmpty()) {
            teachers().insertMany(chunk);
        }
    }

    @Override
    public void addBatch(TeachersRostered batch) {
        Document document = new Document("_id", batch.rosterId() + "-" + batch.batch())
                .append("countyId", batch.countyId().value())
                .append("programmeId", batch.programmeId().value())
                .append("schoolId", batch.schoolId().value())
                .append("rosterId", batch.rosterId())
                .append("batch", batch.batch())
                .append("batches", batch.batches())
                .append("teachers", batch.teachers().size())
                .append("createdAt", Date.from(batch.occurredAt()));
        writes.insert(BATCHES, document, List.of(batch));
    }

    @Override
    public void add(Roster roster, RosterImported event) {
        writes.insert(ROSTERS, RosterDocuments.roster(roster), List.of(event));
    }

    @Override
    public void supersedeAllBut(Roster current) {
        Bson school = school(current.county(), current.programme(), current.school());
        mongo.getCollection(ROSTERS)
                .updateMany(
                        Filters.and(
                                school,
                                Filters.ne("_id", current.id()),
                                Filters.eq("status", RosterStatus.IMPORTED.name())),
                        Updates.set("status", RosterStatus.SUPERSEDED.name()));
        // Also removes what an import that crashed before its summary left behind.
        teachers().deleteMany(Filters.and(school, Filters.ne("rosterId", current.id())));
    }

    @Override
    public Optional<Roster> current(CountyId county, ProgrammeId programme, SchoolId school) {
        return Optional.ofNullable(mongo.getCollection(ROSTERS)
                        .find(Filters.and(
                                school(county, programme, school), Filters.eq("status", RosterStatus.IMPORTED.name())))
                        .sort(Sorts.descending("importedAt"))
                        .first())
                .map(RosterDocuments::roster);
    }

    @Override
    public List<Roster> currentOfProgramme(CountyId county, ProgrammeId programme) {
        Map<SchoolId, Roster> latest = new LinkedHashMap<>();
        mongo.getCollection(ROSTERS)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("programmeId", programme.value()),
                        Filters.eq("status", RosterStatus.IMPORTED.name())))
                .sort(Sorts.orderBy(Sorts.ascending("schoolId"), Sorts.descending("importedAt")))
                .map(RosterDocuments::roster)
                .forEach(r -> latest.putIfAbsent(r.school(), r));
        return List.copyOf(latest.values());
    }

    @Override
    public List<RosterTeacher> teachers(Roster roster, int page, int size) {
        return teachers()
                .find(Filters.eq("rosterId", roster.id()))
                .sort(Sorts.ascending("row"))
                .skip(page * size)
                .limit(size)
                .map(RosterDocuments::teacher)
                .into(new ArrayList<>());
    }

    private MongoCollection<Document> teachers() {
        return mongo.getCollection(TEACHERS);
    }

    private static Bson school(CountyId county, ProgrammeId programme, SchoolId school) {
        return Filters.and(
                Filters.eq("countyId", county.value()),
                Filters.eq("programmeId", programme.value()),
                Filters.eq("schoolId", school.value()));
    }
}

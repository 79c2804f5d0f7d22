package cn.wangben.scoring.schoolscore.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.rubric.ItemScore;
import cn.wangben.scoring.schoolscore.PartStatus;
import cn.wangben.scoring.schoolscore.SchoolPart;
import cn.wangben.scoring.schoolscore.ScoreBoard;
import cn.wangben.scoring.schoolscore.SheetStatus;
import cn.wangben.scoring.schoolscore.SheetSummary;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code school_parts}: one document per trainee with a school part, keyed by county, programme, school and teacher
 * key, queryable by programme for the county's results. {@code sheet_summaries}: one per school for the county list.
 */
@Repository
class MongoScoreBoard implements ScoreBoard {
    static final String PARTS = "school_parts";
    static final String SUMMARIES = "sheet_summaries";
    private final MongoTemplate mongo;

    MongoScoreBoard(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(PARTS).createIndex(Indexes.ascending("countyId", "programmeId", "schoolId"));
        mongo.getCollection(PARTS).createIndex(Indexes.ascending("countyId", "programmeId", "teacherKey"));
        mongo.getCollection(SUMMARIES).createIndex(Indexes.ascending("countyId", "programmeId"));
    }

    @Override
    public void publish(SheetSummary s, List<SchoolPart> parts) {
        String school = s.county().value() + ":" + s.programme().value() + ":"
                + s.school().value();
        List<String> kept = new ArrayList<>();
        for (SchoolPart part : parts) {
            String id = school + ":" + part.teacherKey();
            kept.add(id);
            mongo.getCollection(PARTS)
                    .replaceOne(Filters.eq("_id", id), part(id, part), new ReplaceOptions().upsert(true));
        }
        mongo.getCollection(PARTS)
                .deleteMany(Filters.and(scope(s.county(), s.programme(), s.school()), Filters.nin("_id", kept)));
        mongo.getCollection(SUMMARIES)
                .replaceOne(Filters.eq("_id", school), summary(school, s), new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<SchoolPart> part(CountyId county, ProgrammeId programme, SchoolId school, String teacherKey) {
        String id = county.value() + ":" + programme.value() + ":" + school.value() + ":" + teacherKey;
        return Optional.ofNullable(
                        mongo.getCollection(PARTS).find(Filters.eq("_id", id)).first())
                .map(MongoScoreBoard::part);
    }

    @Override
    public List<SchoolPart> parts(CountyId county, ProgrammeId programme) {
        return mongo.getCollection(PARTS)
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())))
                .sort(Sorts.ascending("schoolId", "teacherKey"))
                .map(MongoScoreBoard::part)
                .into(new ArrayList<>());
    }

    @Override
    public List<SheetSummary> summaries(CountyId county, ProgrammeId programme) {
        return mongo.getCollection(SUMMARIES)
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())))
                .sort(Sorts.ascending("schoolId"))
                .map(MongoScoreBoard::summary)
                .into(new ArrayList<>());
    }

    private static Document part(String id, SchoolPart p) {
        return new Document("_id", id)
                .append("countyId", p.county().value())
                .append("programmeId", p.programme().value())
                .append("schoolId", p.school().value())
                .append("teacherKey", p.teacherKey())
                .append(
                        "teacherId",
                        p.teacherId() == null ? null : p.teacherId().value())
                .append("name", p.name())
                .append("points", EntryDocuments.text(p.points()))
                .append("rawTotal", EntryDocuments.text(p.rawTotal()))
                .append("status", p.status().name())
                .append("reason", p.reason())
                .append(
                        "items",
                        p.items().stream()
                                .map(i -> new Document("itemId", i.itemId())
                                        .append("title", i.title())
                                        .append("points", EntryDocuments.text(i.points()))
                                        .append("max", EntryDocuments.text(i.max())))
                                .toList())
                .append("updatedAt", Date.from(p.updatedAt()));
    }

    private static SchoolPart part(Document d) {
        String teacherId = d.getString("teacherId");
        return new SchoolPart(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                SchoolId.of(d.getString("schoolId")),
                d.getString("teacherKey"),
                teacherId == null ? null : TeacherId.of(teacherId),
                d.getString("name"),
                EntryDocuments.number(d.getString("points")),
                EntryDocuments.number(d.getString("rawTotal")),
                PartStatus.valueOf(d.getString("status")),
                d.getString("reason"),
                d.getList("items", Document.class).stream()
                        .map(i -> new ItemScore(
                                i.getString("itemId"),
                                i.getString("title"),
                                EntryDocuments.number(i.getString("points")),
                                EntryDocuments.number(i.getString("max"))))
                        .toList(),
                d.getDate("updatedAt").toInstant());
    }

    private static Document summary(String id, SheetSummary s) {
        return new Document("_id", id)
                .append("countyId", s.county().value())
                .append("programmeId", s.programme().value())
                .append("schoolId", s.school().value())
                .append("status", s.status().name())
                .append("planApproved", s.planApproved())
                .append("rosterImported", s.rosterImported())
                .append("trainees", s.trainees())
                .append("scored", s.scored())
                .append("reportedAt", date(s.reportedAt()))
                .append("reportedBy", s.reportedBy())
                .append("overdueSince", date(s.overdueSince()))
                .append("cancelledReason", s.cancelledReason())
                .append("pendingCorrections", s.pendingCorrections())
                .append("updatedAt", date(s.updatedAt()));
    }

    private static SheetSummary summary(Document d) {
        return new SheetSummary(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                SchoolId.of(d.getString("schoolId")),
                SheetStatus.valueOf(d.getString("status")),
                d.getBoolean("planApproved", false),
                d.getBoolean("rosterImported", false),
                d.getInteger("trainees"),
                d.getInteger("scored"),
                instant(d.getDate("reportedAt")),
                d.getString("reportedBy"),
                instant(d.getDate("overdueSince")),
                d.getString("cancelledReason"),
                d.getInteger("pendingCorrections"),
                instant(d.getDate("updatedAt")));
    }

    private static Bson scope(CountyId county, ProgrammeId programme, SchoolId school) {
        return Filters.and(
                Filters.eq("countyId", county.value()),
                Filters.eq("programmeId", programme.value()),
                Filters.eq("schoolId", school.value()));
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

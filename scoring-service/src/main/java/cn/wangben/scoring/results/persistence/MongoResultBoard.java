package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.instant;
import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.ResultBoard;
import cn.wangben.scoring.results.SchoolBoard;
import cn.wangben.scoring.results.SchoolScore;
import cn.wangben.scoring.results.SchoolStats;
import cn.wangben.scoring.results.SheetState;
import cn.wangben.scoring.results.TraineeResult;
import cn.wangben.scoring.schoolscore.PartStatus;
import cn.wangben.scoring.schoolscore.SheetStatus;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code results_boards}: one document per school and programme. The figures and the rows are stored as JSON text:
 * they are only ever read whole, and text keeps every decimal exactly as computed. Reads school scoring's
 * {@code school_parts} and {@code sheet_summaries} by school.
 */
@Repository
class MongoResultBoard implements ResultBoard {
    static final String BOARDS = "results_boards";
    static final String PARTS = "school_parts";
    static final String SUMMARIES = "sheet_summaries";
    private static final TypeReference<List<TraineeResult>> ROWS = new TypeReference<>() {};
    private final MongoTemplate mongo;
    private final JsonMapper json = JsonMapper.builder().build();

    MongoResultBoard(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(BOARDS).createIndex(Indexes.ascending("countyId", "programmeId", "schoolId"));
    }

    @Override
    public void save(SchoolBoard board) {
        SchoolStats s = board.stats();
        String id = key(s.county().value(), s.programme().value(), s.school().value());
        Document document = new Document("_id", id)
                .append("countyId", s.county().value())
                .append("programmeId", s.programme().value())
                .append("schoolId", s.school().value())
                .append("stats", json.writeValueAsString(s))
                .append("rows", json.writeValueAsString(board.rows()));
        mongo.getCollection(BOARDS).replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<SchoolBoard> board(CountyId county, ProgrammeId programme, SchoolId school) {
        Document d = mongo.getCollection(BOARDS)
                .find(Filters.eq("_id", key(county.value(), programme.value(), school.value())))
                .first();
        return Optional.ofNullable(d)
                .map(doc -> new SchoolBoard(stats(doc), json.readValue(doc.getString("rows"), ROWS)));
    }

    @Override
    public List<SchoolStats> stats(CountyId county, ProgrammeId programme) {
        Bson filter = programme == null
                ? Filters.eq("countyId", county.value())
                : Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value()));
        return mongo.getCollection(BOARDS)
                .find(filter)
                .projection(Projections.exclude("rows"))
                .sort(Sorts.ascending("programmeId", "schoolId"))
                .map(this::stats)
                .into(new ArrayList<>());
    }

    @Override
    public Map<String, SchoolScore> schoolParts(CountyId county, ProgrammeId programme, SchoolId school) {
        Map<String, SchoolScore> parts = new HashMap<>();
        mongo.getCollection(PARTS)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("programmeId", programme.value()),
                        Filters.eq("schoolId", school.value())))
                .forEach(d -> parts.put(
                        d.getString("teacherKey"),
                        new SchoolScore(
                                d.getString("teacherKey"),
                                d.getString("name"),
                                Upserts.number(d.getString("points")),
                                PartStatus.valueOf(d.getString("status")),
                                d.getString("reason"))));
        return parts;
    }

    @Override
    public SheetState sheet(CountyId county, ProgrammeId programme, SchoolId school) {
        Document d = mongo.getCollection(SUMMARIES)
                .find(Filters.eq("_id", key(county.value(), programme.value(), school.value())))
                .first();
        return d == null
                ? null
                : new SheetState(
                        SheetStatus.valueOf(d.getString("status")),
                        d.getInteger("trainees"),
                        d.getInteger("scored"),
                        instant(d.getDate("reportedAt")),
                        instant(d.getDate("overdueSince")));
    }

    private SchoolStats stats(Document d) {
        return json.readValue(d.getString("stats"), SchoolStats.class);
    }
}

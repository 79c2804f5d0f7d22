package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.instant;
import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.SchoolScore;
import cn.wangben.scoring.results.SchoolScoreReads;
import cn.wangben.scoring.results.SheetState;
import cn.wangben.scoring.schoolscore.PartStatus;
import cn.wangben.scoring.schoolscore.SheetStatus;
import com.mongodb.client.model.Filters;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Reads school scoring's {@code school_parts} and {@code sheet_summaries} by school. */
@Repository
class MongoSchoolScoreReads implements SchoolScoreReads {
    static final String PARTS = "school_parts";
    static final String SUMMARIES = "sheet_summaries";
    private final MongoTemplate mongo;

    MongoSchoolScoreReads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, SchoolScore> schoolParts(CountyId county, ProgrammeId programme, SchoolId school) {
        Map<String, SchoolScore> parts = new HashMap<>();
        mongo.getCollection(PARTS)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("programmeId", programme.value()),
                        Filters.eq("schoolId", school.value())))
                .forEach(d -> parts.put(d.getString("teacherKey"), part(d)));
        return parts;
    }

    static SchoolScore part(Document d) {
        return new SchoolScore(
                d.getString("teacherKey"),
                d.getString("name"),
                Upserts.number(d.getString("points")),
                PartStatus.valueOf(d.getString("status")),
                d.getString("reason"));
    }

    @Override
    public SheetState sheet(CountyId county, ProgrammeId programme, SchoolId school) {
        Document d = mongo.getCollection(SUMMARIES)
                .find(Filters.eq("_id", key(county.value(), programme.value(), school.value())))
                .first();
        return d == null ? null : sheet(d);
    }

    static SheetState sheet(Document d) {
        return new SheetState(
                SheetStatus.valueOf(d.getString("status")),
                d.getInteger("trainees"),
                d.getInteger("scored"),
                instant(d.getDate("reportedAt")),
                instant(d.getDate("overdueSince")));
    }
}

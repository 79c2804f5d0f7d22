package cn.wangben.scoring.schoolscore.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.scoring.schoolscore.ScoreSheet;
import cn.wangben.scoring.schoolscore.ScoreSheets;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * One document per school and programme, replaced whole under a version check: entries, attendance, the report and
 * every correction with its audit change together or not at all.
 */
@Repository
class MongoScoreSheets implements ScoreSheets {
    static final String COLLECTION = "score_sheets";
    private final MongoTemplate mongo;

    MongoScoreSheets(MongoTemplate mongo) {
        this.mongo = mongo;
        collection().createIndex(Indexes.ascending("countyId", "programmeId"));
    }

    @Override
    public Optional<ScoreSheet> find(CountyId county, ProgrammeId programme, SchoolId school) {
        return Optional.ofNullable(collection()
                        .find(Filters.eq("_id", SheetDocuments.id(county, programme, school)))
                        .first())
                .map(SheetDocuments::sheet);
    }

    @Override
    public void save(ScoreSheet sheet) {
        long version = sheet.version();
        Document document = SheetDocuments.of(sheet, version + 1);
        if (version == 0) {
            try {
                collection().insertOne(document);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                throw concurrentChange();
            }
            return;
        }
        long matched = collection()
                .replaceOne(
                        Filters.and(Filters.eq("_id", document.get("_id")), Filters.eq("version", version)), document)
                .getMatchedCount();
        if (matched == 0) {
            throw concurrentChange();
        }
    }

    private static DomainException concurrentChange() {
        return DomainException.conflict("concurrent-change", "成绩表已被他人修改，请刷新后重试");
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}

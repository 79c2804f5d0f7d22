package cn.wangben.assignment.programme.persistence;

import cn.wangben.assignment.programme.KnownProgramme;
import cn.wangben.assignment.programme.KnownProgrammes;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoKnownProgrammes implements KnownProgrammes {
    static final String COLLECTION = "programmes";
    private final MongoTemplate mongo;

    MongoKnownProgrammes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(KnownProgramme p) {
        Document document = new Document("_id", p.id().value())
                .append("countyId", p.county().value())
                .append("name", p.name())
                .append("periodStart", p.periodStart().toString())
                .append("periodEnd", p.periodEnd().toString())
                .append("timeZone", p.zone().getId());
        mongo.getCollection(COLLECTION)
                .replaceOne(Filters.eq("_id", p.id().value()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<KnownProgramme> find(CountyId county, ProgrammeId id) {
        Document d = mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("_id", id.value()), Filters.eq("countyId", county.value())))
                .first();
        return Optional.ofNullable(d)
                .map(found -> new KnownProgramme(
                        id,
                        county,
                        found.getString("name"),
                        LocalDate.parse(found.getString("periodStart")),
                        LocalDate.parse(found.getString("periodEnd")),
                        ZoneId.of(found.getString("timeZone"))));
    }
}

package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.ModuleTally;
import cn.wangben.scoring.results.Points;
import cn.wangben.scoring.results.ResultTally;
import cn.wangben.scoring.results.SchoolCounts;
import cn.wangben.scoring.results.SchoolSetup;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reads of the counters: the county document lists its schools, then the schools' counters, setups and sheet
 * summaries are fetched by {@code _id} (four queries whatever the number of teachers; no per-teacher document read).
 */
final class CounterReads {
    /** The change marks are the writers' business, and the bulk of a busy counter document. */
    private static final Bson WITHOUT_MARKS = Projections.exclude(CounterDocuments.MARKS);

    private final MongoTemplate mongo;

    CounterReads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<SchoolCounts> schools(CountyId county, ProgrammeId programme) {
        Bson filter = programme == null
                ? Filters.eq("countyId", county.value())
                : Filters.eq("_id", key(county.value(), programme.value()));
        List<SchoolCounts> all = new ArrayList<>();
        mongo.getCollection(CounterDocuments.COUNTIES)
                .find(filter)
                .projection(WITHOUT_MARKS)
                .sort(Sorts.ascending("programmeId"))
                .forEach(d -> {
                    ProgrammeId p = ProgrammeId.of(d.getString("programmeId"));
                    List<String> schools = new ArrayList<>(d.getList("schools", String.class, List.of()));
                    schools.sort(null);
                    all.addAll(counts(county, p, schools));
                });
        return all;
    }

    Optional<SchoolCounts> school(CountyId county, ProgrammeId programme, SchoolId school) {
        Document listing = mongo.getCollection(CounterDocuments.COUNTIES)
                .find(Filters.and(
                        Filters.eq("_id", key(county.value(), programme.value())),
                        Filters.eq("schools", school.value())))
                .projection(WITHOUT_MARKS)
                .first();
        return listing == null
                ? Optional.empty()
                : counts(county, programme, List.of(school.value())).stream().findFirst();
    }

    private List<SchoolCounts> counts(CountyId county, ProgrammeId programme, List<String> schools) {
        List<String> ids = schools.stream()
                .map(s -> key(county.value(), programme.value(), s))
                .toList();
        Map<Object, Document> counters = byId(CounterDocuments.SCHOOLS, ids);
        Map<Object, Document> setups = byId(ResultFactReads.SETUPS, ids);
        Map<Object, Document> sheets = byId(MongoSchoolScoreReads.SUMMARIES, ids);
        List<SchoolCounts> counts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Document c = counters.getOrDefault(id, new Document());
            Document setup = setups.get(id);
            Document sheet = sheets.get(id);
            Document frozen = c.get("final", Document.class);
            counts.add(new SchoolCounts(
                    county,
                    programme,
                    SchoolId.of(schools.get(i)),
                    setup == null ? SchoolSetup.none() : ResultFactReads.setup(setup),
                    sheet == null ? null : MongoSchoolScoreReads.sheet(sheet),
                    number(c, "enrolled"),
                    number(c, "exempt"),
                    modules(c.get("m", new Document())),
                    tally(c),
                    frozen == null ? null : tally(frozen)));
        }
        return counts;
    }

    private Map<Object, Document> byId(String collection, List<String> ids) {
        Map<Object, Document> found = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.getCollection(collection)
                    .find(Filters.in("_id", ids))
                    .projection(WITHOUT_MARKS)
                    .forEach(d -> found.put(d.get("_id"), d));
        }
        return found;
    }

    private static Map<ModuleId, ModuleTally> modules(Document m) {
        Map<ModuleId, ModuleTally> modules = new HashMap<>();
        m.forEach((module, value) -> {
            Document t = (Document) value;
            Map<String, Integer> bands = new TreeMap<>();
            t.get("bands", new Document()).forEach((band, n) -> {
                if (((Number) n).intValue() != 0) {
                    bands.put(band, ((Number) n).intValue());
                }
            });
            long tenths = t.get("scoreTenths") == null ? 0 : ((Number) t.get("scoreTenths")).longValue();
            modules.put(
                    ModuleId.of(module),
                    new ModuleTally(
                            ModuleId.of(module),
                            number(t, "submitted"),
                            number(t, "onTime"),
                            number(t, "graded"),
                            number(t, "missed"),
                            BigDecimal.valueOf(tenths, Points.SCALE),
                            bands));
        });
        return modules;
    }

    private static ResultTally tally(Document d) {
        return new ResultTally(number(d, "trainees"), number(d, "complete"), number(d, "passed"), number(d, "hours"));
    }

    private static int number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).intValue();
    }
}

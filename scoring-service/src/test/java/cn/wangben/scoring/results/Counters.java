package cn.wangben.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The raw counter documents of a county, normalized so two histories that reach the same counts compare equal. */
final class Counters {
    static final List<String> COLLECTIONS = List.of("dashboard_counties", "dashboard_schools", "dashboard_modules");
    static final List<String> TRAINEE_FIELDS = List.of("enrolled", "exempt", "trainees", "complete", "passed", "hours");

    private Counters() {}

    /**
     * Each document as sorted text: the suffix taken out, zero counts (left by a count that went up and down) and the
     * change marks dropped.
     */
    static List<String> of(MongoTemplate mongo, String county, String suffix) {
        List<String> all = new ArrayList<>();
        for (String collection : COLLECTIONS) {
            mongo.getCollection(collection)
                    .find(Filters.eq("countyId", county))
                    .forEach(d ->
                            all.add(collection + " " + normalized(d).toString().replace(suffix, "…")));
        }
        all.sort(null);
        assertThat(all).as("counters of %s", county).isNotEmpty();
        return all;
    }

    /** The county documents are the sum of their schools', and the module documents of the schools' modules. */
    static void assertCountiesAndModulesAddUpTheSchools(MongoTemplate mongo, String county) {
        Map<String, Long> byProgramme = new HashMap<>();
        Map<String, Long> byModule = new HashMap<>();
        mongo.getCollection("dashboard_schools")
                .find(Filters.eq("countyId", county))
                .forEach(s -> {
                    for (String field : TRAINEE_FIELDS) {
                        byProgramme.merge(s.getString("programmeId") + " " + field, number(s.get(field)), Long::sum);
                    }
                    s.get("m", new Document()).forEach((module, tally) -> ((Document) tally).forEach((field, value) -> {
                        if (!"bands".equals(field)) {
                            byModule.merge(module + " " + field, number(value), Long::sum);
                        }
                    }));
                });
        mongo.getCollection("dashboard_counties")
                .find(Filters.eq("countyId", county))
                .forEach(c -> {
                    for (String field : TRAINEE_FIELDS) {
                        assertThat(number(c.get(field)))
                                .as("%s of the county", field)
                                .isEqualTo(byProgramme.getOrDefault(c.getString("programmeId") + " " + field, 0L));
                    }
                });
        mongo.getCollection("dashboard_modules")
                .find(Filters.eq("countyId", county))
                .forEach(m -> {
                    for (String field : List.of("submitted", "onTime", "graded", "missed", "scoreTenths")) {
                        assertThat(number(m.get(field)))
                                .as("%s of module %s", field, m.getString("moduleId"))
                                .isEqualTo(byModule.getOrDefault(m.getString("moduleId") + " " + field, 0L));
                    }
                });
    }

    private static Object normalized(Object value) {
        if (value instanceof Document d) {
            Map<String, Object> kept = new TreeMap<>();
            d.forEach((k, v) -> {
                Object n = normalized(v);
                boolean zero = n instanceof Number number && number.longValue() == 0;
                boolean empty = n instanceof Map<?, ?> map && map.isEmpty();
                // which changes marked a document depends on how deliveries were batched, not on the counts
                boolean marks = "mk".equals(k);
                if (!zero && !empty && !marks) {
                    kept.put(k, n);
                }
            });
            return kept;
        }
        if (value instanceof List<?> list) {
            List<String> sorted =
                    new ArrayList<>(list.stream().map(String::valueOf).toList());
            sorted.sort(null);
            return sorted;
        }
        return value instanceof Number n ? (Object) n.longValue() : value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

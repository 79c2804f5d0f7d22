package cn.wangben.scoring.results.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/** What one counter document gets: increments, the fields it is created with, schools to list, a frozen tally. */
final class CounterChange {
    final Map<String, Long> incs = new LinkedHashMap<>();
    final Map<String, String> scope = new LinkedHashMap<>();
    final Set<String> listed = new LinkedHashSet<>();
    Document frozen;

    CounterChange scope(CountyId county, ProgrammeId programme) {
        scope.put("countyId", county.value());
        scope.put("programmeId", programme.value());
        return this;
    }

    CounterChange with(String field, String value) {
        scope.put(field, value);
        return this;
    }

    void inc(String field, long by) {
        incs.merge(field, by, Long::sum);
    }

    Optional<Bson> update() {
        List<Bson> parts = new ArrayList<>();
        incs.forEach((field, by) -> {
            if (by != 0) {
                parts.add(Updates.inc(field, by));
            }
        });
        if (!listed.isEmpty()) {
            parts.add(Updates.addEachToSet("schools", List.copyOf(listed)));
        }
        if (frozen != null) {
            parts.add(Updates.set("final", frozen));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        scope.forEach((field, value) -> parts.add(Updates.setOnInsert(field, value)));
        return Optional.of(Updates.combine(parts));
    }
}

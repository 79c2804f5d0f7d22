package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.CounterDocuments.COUNTIES;
import static cn.wangben.scoring.results.persistence.CounterDocuments.HOURS_FIELD;
import static cn.wangben.scoring.results.persistence.CounterDocuments.MARKS;
import static cn.wangben.scoring.results.persistence.CounterDocuments.MARKS_SLICE;
import static cn.wangben.scoring.results.persistence.CounterDocuments.MODULES;
import static cn.wangben.scoring.results.persistence.CounterDocuments.SCHOOLS;
import static cn.wangben.scoring.results.persistence.CounterDocuments.TRAINEE_FIELDS;
import static cn.wangben.scoring.results.persistence.CounterDocuments.WORK_FIELDS;
import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.ResultTally;
import cn.wangben.scoring.results.TraineeCount;
import cn.wangben.scoring.results.WorkCount;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The updates one change makes, per collection and document; increments that cancel out are left out. */
final class CounterDelta {
    final Map<String, Map<String, CounterChange>> changes = new LinkedHashMap<>();

    void work(CountyId county, ProgrammeId programme, ModuleId module, WorkCount c, int sign) {
        if (c.school() == null) {
            return;
        }
        Map<Long, Long> hours = new LinkedHashMap<>();
        c.hours().forEach((hour, n) -> hours.put(hour.getEpochSecond(), sign * (long) n));
        work(
                county,
                programme,
                module,
                c.school(),
                new long[] {
                    sign * c.submitted(),
                    sign * c.onTime(),
                    sign * c.graded(),
                    sign * c.missed(),
                    sign * c.scoreTenths()
                },
                c.band() == null ? Map.of() : Map.of(c.band(), (long) sign),
                hours);
    }

    /**
     * The increments of many work counts of one school in one module, summed first (a rebuild sums a school's
     * counts before it makes their increments).
     *
     * @param values submitted, on time, graded, missed, score in tenths
     * @param bands by band
     * @param hours submissions by the hour's start in epoch seconds
     */
    void work(
            CountyId county,
            ProgrammeId programme,
            ModuleId module,
            SchoolId schoolId,
            long[] values,
            Map<String, Long> bands,
            Map<Long, Long> hours) {
        CounterChange school = change(SCHOOLS, key(county.value(), programme.value(), schoolId.value()))
                .scope(county, programme)
                .with("schoolId", schoolId.value());
        CounterChange total = change(MODULES, key(county.value(), module.value()))
                .scope(county, programme)
                .with("moduleId", module.value());
        String prefix = "m." + module.value() + ".";
        for (int i = 0; i < WORK_FIELDS.size(); i++) {
            school.inc(prefix + WORK_FIELDS.get(i), values[i]);
            total.inc(WORK_FIELDS.get(i), values[i]);
        }
        bands.forEach((band, n) -> {
            school.inc(prefix + "bands." + band, n);
            total.inc("bands." + band, n);
        });
        hours.forEach((hour, n) -> total.inc(HOURS_FIELD + "." + hour, n));
    }

    void trainee(CountyId county, ProgrammeId programme, TraineeCount c, int sign) {
        if (c.school() == null) {
            return;
        }
        trainee(county, programme, c.school(), new long[] {
            sign * c.enrolled(),
            sign * c.exempt(),
            sign * c.trainees(),
            sign * c.complete(),
            sign * c.passed(),
            sign * c.hours()
        });
    }

    /** @param values the sums of the trainee counts' fields, in {@link CounterDocuments#TRAINEE_FIELDS} order */
    void trainee(CountyId county, ProgrammeId programme, SchoolId schoolId, long[] values) {
        CounterChange school = change(SCHOOLS, key(county.value(), programme.value(), schoolId.value()))
                .scope(county, programme)
                .with("schoolId", schoolId.value());
        CounterChange total =
                change(COUNTIES, key(county.value(), programme.value())).scope(county, programme);
        for (int i = 0; i < values.length; i++) {
            school.inc(TRAINEE_FIELDS.get(i), values[i]);
            total.inc(TRAINEE_FIELDS.get(i), values[i]);
        }
    }

    void list(CountyId county, ProgrammeId programme, SchoolId school) {
        change(COUNTIES, key(county.value(), programme.value()))
                .scope(county, programme)
                .listed
                .add(school.value());
    }

    void freeze(CountyId county, ProgrammeId programme, SchoolId school, ResultTally t) {
        change(SCHOOLS, key(county.value(), programme.value(), school.value()))
                        .scope(county, programme)
                        .with("schoolId", school.value())
                        .frozen =
                new Document("trainees", t.trainees())
                        .append("complete", t.complete())
                        .append("passed", t.passed())
                        .append("hours", t.hoursCredited());
    }

    Map<String, List<WriteModel<Document>>> writes() {
        return writes(null, null);
    }

    /**
     * The updates, each applied only if the counter document does not yet hold one of {@code markers} and then
     * marking it with {@code markers[0]}: a change applied once is skipped when offered again (see
     * {@link CountSettler}). The document keeps its {@link CounterDocuments#MARKS_KEPT} latest marks.
     */
    Map<String, List<WriteModel<Document>>> writes(List<String> markers) {
        return writes(Filters.nin(MARKS, markers), Updates.pushEach(MARKS, List.of(markers.get(0)), MARKS_SLICE));
    }

    private Map<String, List<WriteModel<Document>>> writes(Bson guard, Bson mark) {
        Map<String, List<WriteModel<Document>>> writes = new LinkedHashMap<>();
        changes.forEach((collection, docs) -> {
            List<WriteModel<Document>> models = new ArrayList<>();
            docs.forEach((id, change) -> change.update().ifPresent(u -> {
                Bson filter = guard == null ? Filters.eq("_id", id) : Filters.and(Filters.eq("_id", id), guard);
                Bson update = mark == null ? u : Updates.combine(u, mark);
                models.add(new UpdateOneModel<>(filter, update, new UpdateOptions().upsert(true)));
            }));
            writes.put(collection, models);
        });
        return writes;
    }

    /** Adds another delta's changes into this one (a batch's counters, summed). */
    CounterDelta plus(CounterDelta other) {
        other.changes.forEach((collection, docs) -> docs.forEach((id, c) -> {
            CounterChange into = change(collection, id);
            c.incs.forEach(into::inc);
            c.scope.forEach(into.scope::putIfAbsent);
            into.listed.addAll(c.listed);
            if (c.frozen != null) {
                into.frozen = c.frozen;
            }
        }));
        return this;
    }

    boolean isEmpty() {
        return changes.values().stream().flatMap(docs -> docs.values().stream()).allMatch(c -> c.update()
                .isEmpty());
    }

    /** The same change applied to documents held in memory (a rebuild), by collection and {@code _id}. */
    void into(Map<String, Map<String, Document>> documents) {
        changes.forEach((collection, docs) -> docs.forEach((id, change) -> {
            Document d = documents
                    .computeIfAbsent(collection, c -> new LinkedHashMap<>())
                    .computeIfAbsent(id, i -> new Document("_id", i));
            change.scope.forEach(d::putIfAbsent);
            change.incs.forEach((path, by) -> add(d, path, by));
            if (!change.listed.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<String> schools = (List<String>) d.computeIfAbsent("schools", k -> new ArrayList<String>());
                change.listed.stream().filter(s -> !schools.contains(s)).forEach(schools::add);
            }
            if (change.frozen != null) {
                d.put("final", change.frozen);
            }
        }));
    }

    private static void add(Document d, String path, long by) {
        String[] parts = path.split("\\.");
        Document at = d;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Document) at.computeIfAbsent(parts[i], k -> new Document());
        }
        Object stored = at.get(parts[parts.length - 1]);
        at.put(parts[parts.length - 1], (stored == null ? 0 : ((Number) stored).longValue()) + by);
    }

    CounterChange change(String collection, String id) {
        return changes.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                .computeIfAbsent(id, i -> new CounterChange());
    }
}

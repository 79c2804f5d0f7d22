package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.ResultTally;
import cn.wangben.scoring.results.TraineeCount;
import cn.wangben.scoring.results.WorkCount;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The counter documents' shape: settled counts on the facts, and the {@code $inc} a change of count makes. */
final class CounterDocuments {
    static final String COUNTIES = "dashboard_counties";
    static final String SCHOOLS = "dashboard_schools";
    static final String MODULES = "dashboard_modules";
    static final List<String> ALL = List.of(COUNTIES, SCHOOLS, MODULES);
    /** Submissions per hour on the module's document, by the hour's start in epoch seconds. */
    static final String HOURS_FIELD = "h";
    /** The recent change markers on a counter document; enough to cover a crashed batch's redelivery. */
    static final String MARKS = "mk";

    static final int MARKS_KEPT = 1000;
    static final PushOptions MARKS_SLICE = new PushOptions().slice(-MARKS_KEPT);
    static final List<String> TRAINEE_FIELDS = List.of("enrolled", "exempt", "trainees", "complete", "passed", "hours");
    static final List<String> WORK_FIELDS = List.of("submitted", "onTime", "graded", "missed", "scoreTenths");

    private CounterDocuments() {}

    static Document work(WorkCount c) {
        return new Document("school", c.school() == null ? null : c.school().value())
                .append("submitted", c.submitted())
                .append("onTime", c.onTime())
                .append("graded", c.graded())
                .append("missed", c.missed())
                .append("scoreTenths", c.scoreTenths())
                .append("band", c.band())
                .append("h", hours(c.hours()));
    }

    private static Document hours(Map<Instant, Integer> hours) {
        Document d = new Document();
        hours.forEach((hour, n) -> d.append(String.valueOf(hour.getEpochSecond()), n));
        return d;
    }

    private static SortedMap<Instant, Integer> hours(Document d) {
        SortedMap<Instant, Integer> hours = new TreeMap<>();
        if (d != null) {
            d.forEach((epoch, n) -> hours.put(Instant.ofEpochSecond(Long.parseLong(epoch)), ((Number) n).intValue()));
        }
        return hours;
    }

    static WorkCount work(Document d) {
        if (d == null) {
            return WorkCount.NONE;
        }
        String school = d.getString("school");
        return new WorkCount(
                school == null ? null : SchoolId.of(school),
                d.getInteger("submitted"),
                d.getInteger("onTime"),
                d.getInteger("graded"),
                d.getInteger("missed"),
                ((Number) d.get("scoreTenths")).longValue(),
                d.getString("band"),
                hours(d.get("h", Document.class)));
    }

    static Document trainee(TraineeCount c) {
        return new Document("school", c.school() == null ? null : c.school().value())
                .append("enrolled", c.enrolled())
                .append("exempt", c.exempt())
                .append("trainees", c.trainees())
                .append("complete", c.complete())
                .append("passed", c.passed())
                .append("hours", c.hours());
    }

    static TraineeCount trainee(Document d) {
        if (d == null) {
            return TraineeCount.NONE;
        }
        String school = d.getString("school");
        return new TraineeCount(
                school == null ? null : SchoolId.of(school),
                d.getInteger("enrolled"),
                d.getInteger("exempt"),
                d.getInteger("trainees"),
                d.getInteger("complete"),
                d.getInteger("passed"),
                d.getInteger("hours"));
    }

    static Delta workDelta(CountyId county, ProgrammeId programme, ModuleId module, WorkCount before, WorkCount now) {
        Delta delta = new Delta();
        delta.work(county, programme, module, before, -1);
        delta.work(county, programme, module, now, 1);
        if (now.school() != null && !now.school().equals(before.school())) {
            delta.list(county, programme, now.school());
        }
        return delta;
    }

    static Delta traineeDelta(CountyId county, ProgrammeId programme, TraineeCount before, TraineeCount now) {
        Delta delta = new Delta();
        delta.trainee(county, programme, before, -1);
        delta.trainee(county, programme, now, 1);
        if (now.school() != null && !now.school().equals(before.school())) {
            delta.list(county, programme, now.school());
        }
        return delta;
    }

    /** The updates one change makes, per collection and document; increments that cancel out are left out. */
    static final class Delta {
        private final Map<String, Map<String, Change>> changes = new LinkedHashMap<>();

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
            Change school = change(SCHOOLS, key(county.value(), programme.value(), schoolId.value()))
                    .scope(county, programme)
                    .with("schoolId", schoolId.value());
            Change total = change(MODULES, key(county.value(), module.value()))
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

        /** @param values the sums of the trainee counts' fields, in {@link #TRAINEE_FIELDS} order */
        void trainee(CountyId county, ProgrammeId programme, SchoolId schoolId, long[] values) {
            Change school = change(SCHOOLS, key(county.value(), programme.value(), schoolId.value()))
                    .scope(county, programme)
                    .with("schoolId", schoolId.value());
            Change total =
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
         * {@link CountSettler}). The document keeps its {@link #MARKS_KEPT} latest marks.
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
        Delta plus(Delta other) {
            other.changes.forEach((collection, docs) -> docs.forEach((id, c) -> {
                Change into = change(collection, id);
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
            return changes.values().stream()
                    .flatMap(docs -> docs.values().stream())
                    .allMatch(c -> c.update().isEmpty());
        }

        /** The delta as a document, kept on a fact until its counters are written (never holds a freeze). */
        Document toDocument() {
            List<Document> out = new ArrayList<>();
            changes.forEach((collection, docs) -> docs.forEach((id, c) -> out.add(new Document("c", collection)
                    .append("i", id)
                    .append("inc", new Document(escape(c.incs)))
                    .append("s", new Document(c.scope))
                    .append("l", List.copyOf(c.listed)))));
            return new Document("w", out);
        }

        static Delta of(Document stored) {
            Delta delta = new Delta();
            for (Document w : stored.getList("w", Document.class)) {
                Change c = delta.change(w.getString("c"), w.getString("i"));
                w.get("inc", Document.class).forEach((path, by) -> c.inc(unescape(path), ((Number) by).longValue()));
                w.get("s", Document.class).forEach((field, value) -> c.scope.put(field, (String) value));
                c.listed.addAll(w.getList("l", String.class));
            }
            return delta;
        }

        // counter paths contain dots, which a stored field name must not
        private static Map<String, Object> escape(Map<String, Long> incs) {
            Map<String, Object> out = new LinkedHashMap<>();
            incs.forEach((path, by) -> out.put(path.replace('.', '|'), by));
            return out;
        }

        private static String unescape(String field) {
            return field.replace('|', '.');
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

        private Change change(String collection, String id) {
            return changes.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                    .computeIfAbsent(id, i -> new Change());
        }
    }

    private static final class Change {
        private final Map<String, Long> incs = new LinkedHashMap<>();
        private final Map<String, String> scope = new LinkedHashMap<>();
        private final java.util.Set<String> listed = new java.util.LinkedHashSet<>();
        private Document frozen;

        Change scope(CountyId county, ProgrammeId programme) {
            scope.put("countyId", county.value());
            scope.put("programmeId", programme.value());
            return this;
        }

        Change with(String field, String value) {
            scope.put(field, value);
            return this;
        }

        void inc(String field, long by) {
            incs.merge(field, by, Long::sum);
        }

        java.util.Optional<Bson> update() {
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
                return java.util.Optional.empty();
            }
            scope.forEach((field, value) -> parts.add(Updates.setOnInsert(field, value)));
            return java.util.Optional.of(Updates.combine(parts));
        }
    }
}

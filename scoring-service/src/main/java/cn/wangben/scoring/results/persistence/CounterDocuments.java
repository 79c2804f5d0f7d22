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

/** The counter documents' shape: settled counts on the facts, and the {@code $inc} a change of count makes. */
final class CounterDocuments {
    static final String COUNTIES = "dashboard_counties";
    static final String SCHOOLS = "dashboard_schools";
    static final String MODULES = "dashboard_modules";
    static final List<String> ALL = List.of(COUNTIES, SCHOOLS, MODULES);
    static final List<String> TRAINEE_FIELDS = List.of("enrolled", "exempt", "trainees", "complete", "passed", "hours");

    private CounterDocuments() {}

    static Document work(WorkCount c) {
        return new Document("school", c.school() == null ? null : c.school().value())
                .append("submitted", c.submitted())
                .append("onTime", c.onTime())
                .append("graded", c.graded())
                .append("missed", c.missed())
                .append("scoreTenths", c.scoreTenths())
                .append("band", c.band());
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
                d.getString("band"));
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
            Change school = change(
                            SCHOOLS,
                            key(county.value(), programme.value(), c.school().value()))
                    .scope(county, programme)
                    .with("schoolId", c.school().value());
            Change total = change(MODULES, key(county.value(), module.value()))
                    .scope(county, programme)
                    .with("moduleId", module.value());
            String prefix = "m." + module.value() + ".";
            long[] values = {c.submitted(), c.onTime(), c.graded(), c.missed(), c.scoreTenths()};
            String[] fields = {"submitted", "onTime", "graded", "missed", "scoreTenths"};
            for (int i = 0; i < fields.length; i++) {
                school.inc(prefix + fields[i], sign * values[i]);
                total.inc(fields[i], sign * values[i]);
            }
            if (c.band() != null) {
                school.inc(prefix + "bands." + c.band(), sign);
                total.inc("bands." + c.band(), sign);
            }
        }

        void trainee(CountyId county, ProgrammeId programme, TraineeCount c, int sign) {
            if (c.school() == null) {
                return;
            }
            Change school = change(
                            SCHOOLS,
                            key(county.value(), programme.value(), c.school().value()))
                    .scope(county, programme)
                    .with("schoolId", c.school().value());
            Change total =
                    change(COUNTIES, key(county.value(), programme.value())).scope(county, programme);
            long[] values = {c.enrolled(), c.exempt(), c.trainees(), c.complete(), c.passed(), c.hours()};
            for (int i = 0; i < values.length; i++) {
                school.inc(TRAINEE_FIELDS.get(i), sign * values[i]);
                total.inc(TRAINEE_FIELDS.get(i), sign * values[i]);
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
            Map<String, List<WriteModel<Document>>> writes = new LinkedHashMap<>();
            changes.forEach((collection, docs) -> {
                List<WriteModel<Document>> models = new ArrayList<>();
                docs.forEach((id, change) -> change.update()
                        .ifPresent(u -> models.add(
                                new UpdateOneModel<>(Filters.eq("_id", id), u, new UpdateOptions().upsert(true)))));
                writes.put(collection, models);
            });
            return writes;
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

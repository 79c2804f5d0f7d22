package cn.wangben.scoring.results.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.TraineeCount;
import cn.wangben.scoring.results.WorkCount;
import com.mongodb.client.model.PushOptions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bson.Document;

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

    static CounterDelta workDelta(
            CountyId county, ProgrammeId programme, ModuleId module, WorkCount before, WorkCount now) {
        CounterDelta delta = new CounterDelta();
        delta.work(county, programme, module, before, -1);
        delta.work(county, programme, module, now, 1);
        if (now.school() != null && !now.school().equals(before.school())) {
            delta.list(county, programme, now.school());
        }
        return delta;
    }

    static CounterDelta traineeDelta(CountyId county, ProgrammeId programme, TraineeCount before, TraineeCount now) {
        CounterDelta delta = new CounterDelta();
        delta.trainee(county, programme, before, -1);
        delta.trainee(county, programme, now, 1);
        if (now.school() != null && !now.school().equals(before.school())) {
            delta.list(county, programme, now.school());
        }
        return delta;
    }
}

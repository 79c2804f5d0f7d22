package cn.wangben.assignment.grading.web;

import cn.wangben.assignment.grading.GradeRequest;
import cn.wangben.assignment.grading.GradingDesk;
import cn.wangben.assignment.grading.QueueSummary;
import cn.wangben.assignment.grading.web.GradingViews.ItemView;
import cn.wangben.assignment.grading.web.GradingViews.PageView;
import cn.wangben.assignment.grading.web.GradingViews.RowView;
import cn.wangben.assignment.web.PathIds;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The county graders' queue (COUNTY_GRADER within their allocation, COUNTY_ADMIN for the whole county). */
@RestController
@RequestMapping("/api/assignments/grading/modules/{moduleId}")
class GradingController {
    private final GradingDesk desk;

    private final Counter gradesRecorded;

    GradingController(GradingDesk desk, MeterRegistry meters) {
        this.desk = desk;
        this.gradesRecorded = meters.counter("wangben.grades.recorded");
    }

    /** One page in teacher order; filters: status (ungraded/graded/missing), flagged, schoolId. */
    @GetMapping("/queue")
    PageView queue(
            Caller caller,
            @PathVariable String moduleId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String flagged,
            @RequestParam(required = false) String schoolId,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String size) {
        return PageView.of(desk.queue(
                caller, PathIds.module(moduleId), QueueParams.filter(status, flagged, schoolId, after, size)));
    }

    @GetMapping("/summary")
    QueueSummary summary(Caller caller, @PathVariable String moduleId) {
        return desk.summary(caller, PathIds.module(moduleId));
    }

    /** The first ungraded essay (optionally of one school, or flagged only), opened; 204 when none is left. */
    @GetMapping("/queue/next")
    ResponseEntity<ItemView> next(
            Caller caller,
            @PathVariable String moduleId,
            @RequestParam(required = false) String schoolId,
            @RequestParam(required = false) String flagged) {
        SchoolId school = QueueParams.parse(schoolId, SchoolId::of, "schoolId", "学校编号格式不正确");
        return desk.nextUngraded(caller, PathIds.module(moduleId), school, QueueParams.flagged(flagged))
                .map(detail -> ResponseEntity.ok(ItemView.of(detail)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/items/{teacherId}")
    ItemView item(Caller caller, @PathVariable String moduleId, @PathVariable String teacherId) {
        return ItemView.of(desk.item(caller, PathIds.module(moduleId), teacher(teacherId)));
    }

    /** Grades or re-grades; every change is audited and published as EssayGraded with the next revision. */
    @PutMapping("/items/{teacherId}/grade")
    RowView grade(
            Caller caller, @PathVariable String moduleId, @PathVariable String teacherId, @RequestBody GradeBody body) {
        SubmissionId submission =
                QueueParams.parse(body.submissionId(), SubmissionId::of, "submissionId", "提交记录编号格式不正确");
        RowView graded = RowView.of(desk.grade(
                caller,
                PathIds.module(moduleId),
                teacher(teacherId),
                new GradeRequest(submission, body.band(), body.score(), body.comment())));
        gradesRecorded.increment();
        return graded;
    }

    /** {@code submissionId}: the attempt the grader read; {@code score}: one decimal inside the band. */
    record GradeBody(String submissionId, String band, BigDecimal score, String comment) {}

    private static TeacherId teacher(String raw) {
        return cn.wangben.platform.web.PathIds.parse(raw, TeacherId::of, "教师");
    }
}

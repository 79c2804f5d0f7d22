package cn.wangben.assignment.grading.web;

import cn.wangben.assignment.grading.GradingItem;
import cn.wangben.assignment.grading.GradingModule;
import cn.wangben.assignment.grading.ItemStatus;
import cn.wangben.assignment.grading.ReleaseDesk;
import cn.wangben.assignment.web.PathIds;
import cn.wangben.platform.domain.Caller;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assignments/grading/modules/{moduleId}")
class ReleaseController {
    /** A missing or late essay scores 0 (逾期不交不纳入考核). */
    private static final BigDecimal MISSING_SCORE = new BigDecimal("0.0");

    private final ReleaseDesk desk;

    ReleaseController(ReleaseDesk desk) {
        this.desk = desk;
    }

    /** COUNTY_ADMIN releases the module's grades to teachers (ModuleGradesReleased). */
    @PostMapping("/release")
    ReleaseView release(Caller caller, @PathVariable String moduleId) {
        GradingModule m = desk.release(caller, PathIds.module(moduleId));
        return new ReleaseView(
                m.id().value(), GradingViews.time(m.release().at()), m.release().by());
    }

    /** A teacher's own grade, once released; before that a 404 of type grades-not-released. Never any flag. */
    @GetMapping("/my-grade")
    MyGradeView myGrade(Caller caller, @PathVariable String moduleId) {
        ReleaseDesk.TeacherGrade g = desk.myGrade(caller, PathIds.module(moduleId));
        GradingItem i = g.item();
        boolean missing = i.status() == ItemStatus.MISSING;
        return new MyGradeView(
                g.module().id().value(),
                g.module().title(),
                g.module().maxPoints(),
                i.status(),
                i.attempt() == null ? null : i.attempt().submission().value(),
                i.grade() == null ? null : i.grade().band(),
                missing ? MISSING_SCORE : i.grade() == null ? null : i.grade().score(),
                i.grade() == null ? null : i.grade().comment(),
                i.grade() == null ? null : GradingViews.time(i.grade().at()));
    }

    record ReleaseView(String moduleId, OffsetDateTime releasedAt, String releasedBy) {}

    record MyGradeView(
            String moduleId,
            String moduleTitle,
            int maxPoints,
            ItemStatus status,
            String submissionId,
            String band,
            BigDecimal score,
            String comment,
            OffsetDateTime gradedAt) {}
}

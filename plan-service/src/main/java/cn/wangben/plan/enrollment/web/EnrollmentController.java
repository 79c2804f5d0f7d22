package cn.wangben.plan.enrollment.web;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.plan.enrollment.Enrollment;
import cn.wangben.plan.enrollment.EnrollmentDesk;
import cn.wangben.plan.hours.CycleTargetPolicy;
import cn.wangben.plan.hours.HoursDesk;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrollmentController {
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private final EnrollmentDesk desk;
    private final HoursDesk hours;

    EnrollmentController(EnrollmentDesk desk, HoursDesk hours) {
        this.desk = desk;
        this.hours = hours;
    }

    /** 201 when this call enrolled the teacher, 200 when they already were. */
    @PostMapping("/api/plan/programmes/{programmeId}/enrollment/mine")
    ResponseEntity<EnrollmentView> enroll(Caller caller, @PathVariable String programmeId, @RequestBody IdNumber body) {
        var result = desk.enroll(caller, programme(programmeId), body.idNumber());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(result.enrollment()));
    }

    @GetMapping("/api/plan/programmes/{programmeId}/enrollment/mine")
    EnrollmentView mine(Caller caller, @PathVariable String programmeId) {
        return desk.mine(caller, programme(programmeId))
                .map(this::view)
                .orElseThrow(() -> DomainException.notFound("报名记录", programmeId));
    }

    private EnrollmentView view(Enrollment e) {
        return EnrollmentView.of(e, hours.offerFor(e).orElse(null));
    }

    private static ProgrammeId programme(String raw) {
        return cn.wangben.platform.web.PathIds.parse(raw, ProgrammeId::of, "研修项目");
    }

    /** Personal data: never printed, whatever logs a request. */
    record IdNumber(String idNumber) {
        @Override
        public String toString() {
            return "IdNumber[***]";
        }
    }

    record EnrollmentView(
            String programmeId,
            String schoolId,
            String name,
            String maskedIdNumber,
            OffsetDateTime enrolledAt,
            CycleTargetPolicy.Offer exemptionOffer) {
        static EnrollmentView of(Enrollment e, CycleTargetPolicy.Offer offer) {
            return new EnrollmentView(
                    e.programme().value(),
                    e.school().value(),
                    e.name(),
                    e.maskedIdNumber(),
                    e.enrolledAt().atZone(DISPLAY_ZONE).toOffsetDateTime(),
                    offer);
        }
    }
}

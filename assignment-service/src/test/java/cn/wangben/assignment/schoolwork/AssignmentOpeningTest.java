package cn.wangben.assignment.schoolwork;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.SchoolAssignment;
import cn.wangben.assignment.programme.KnownProgramme;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.PlannedAssignment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentOpeningTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final KnownProgramme PROGRAMME = new KnownProgramme(
            ProgrammeId.of("p1"),
            CountyId.of("qingshan"),
            "2026-2027第一学期教师网本研修",
            LocalDate.of(2026, 12, 5),
            LocalDate.of(2026, 12, 31),
            SHANGHAI);
    /** 12-12 10:00 Beijing time. */
    static final Instant APPROVED = Instant.parse("2026-12-12T02:00:00Z");

    static final PlannedAssignment NOTES =
            new PlannedAssignment(1, " 读书笔记 ", "读一本教育专著并写笔记", LocalDate.of(2026, 12, 20));
    static final PlannedAssignment REVIEW = new PlannedAssignment(2, "听课评课记录", "  ", LocalDate.of(2026, 12, 27));

    @Test
    void eachAssignmentIsDueAt2400OfItsDayInTheProgrammesZoneWithTheRequirementAsPromptAndNoCountyPoints() {
        List<SchoolAssignment> opened = AssignmentOpening.open(plan(APPROVED, NOTES, REVIEW), PROGRAMME, List.of());

        assertThat(opened).hasSize(2);
        OnlineModule notes = opened.get(0).module();
        assertThat(notes.dueAt()).isEqualTo(Instant.parse("2026-12-20T16:00:00Z"));
        assertThat(notes.zone()).isEqualTo(SHANGHAI);
        assertThat(notes.title()).isEqualTo("读书笔记");
        assertThat(notes.prompt()).isEqualTo("读一本教育专著并写笔记");
        assertThat(notes.maxPoints()).isZero();
        assertThat(notes.school()).isEqualTo(SchoolId.of("qs-shiyan"));
        assertThat(notes.scope()).isEqualTo(OnlineModule.Scope.SCHOOL);
        assertThat(opened.get(0).number()).isEqualTo(1);
        assertThat(opened.get(1).module().prompt()).isNull();
        assertThat(opened.get(1).module().dueAt()).isEqualTo(Instant.parse("2026-12-27T16:00:00Z"));
    }

    @Test
    void opensAtTheApprovalOrAtTheProgrammesFirstDayWhenApprovedBeforeIt() {
        assertThat(AssignmentOpening.open(plan(APPROVED, NOTES), PROGRAMME, List.of())
                        .get(0)
                        .module()
                        .opensAt())
                .isEqualTo(APPROVED);
        Instant early = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(AssignmentOpening.open(plan(early, NOTES), PROGRAMME, List.of())
                        .get(0)
                        .module()
                        .opensAt())
                .isEqualTo(Instant.parse("2026-12-04T16:00:00Z"));
    }

    @Test
    void aReapprovalKeepsTheSameIdAndNeverMovesAnOpenWindowLater() {
        List<SchoolAssignment> first = AssignmentOpening.open(plan(APPROVED, NOTES), PROGRAMME, List.of());
        Instant later = APPROVED.plusSeconds(3 * 86_400);
        var changed = new PlannedAssignment(1, "读书笔记（修订）", "两本专著", LocalDate.of(2026, 12, 22));

        SchoolAssignment again =
                AssignmentOpening.open(plan(later, changed), PROGRAMME, first).get(0);

        assertThat(again.module().id()).isEqualTo(first.get(0).module().id());
        assertThat(again.module().opensAt()).isEqualTo(APPROVED);
        assertThat(again.module().title()).isEqualTo("读书笔记（修订）");
        assertThat(again.module().dueAt()).isEqualTo(Instant.parse("2026-12-22T16:00:00Z"));
        assertThat(again.approvedAt()).isEqualTo(later);
    }

    @Test
    void aWindowNeverStartsAfterItsCutoff() {
        Instant afterDue = Instant.parse("2026-12-25T02:00:00Z");

        OnlineModule notes = AssignmentOpening.open(plan(afterDue, NOTES), PROGRAMME, List.of())
                .get(0)
                .module();

        assertThat(notes.opensAt()).isEqualTo(notes.dueAt());
    }

    @Test
    void idsDifferByPositionAndSchoolAndAreTheSameOnEveryDelivery() {
        ApprovedPlan plan = plan(APPROVED, NOTES, REVIEW);
        ApprovedPlan otherSchool = new ApprovedPlan(
                plan.county(), plan.programme(), SchoolId.of("qs-youer"), "plan-2", APPROVED, plan.assignments());

        assertThat(AssignmentOpening.idOf(plan, 1)).isEqualTo(AssignmentOpening.idOf(plan, 1));
        assertThat(AssignmentOpening.idOf(plan, 1)).isNotEqualTo(AssignmentOpening.idOf(plan, 2));
        assertThat(AssignmentOpening.idOf(plan, 1)).isNotEqualTo(AssignmentOpening.idOf(otherSchool, 1));
    }

    @Test
    void anEntryWithoutTitleOrDueDateIsSkipped() {
        var untitled = new PlannedAssignment(3, " ", "要求", LocalDate.of(2026, 12, 20));
        var undated = new PlannedAssignment(4, "反思", "要求", null);

        assertThat(AssignmentOpening.open(plan(APPROVED, NOTES, untitled, undated), PROGRAMME, List.of()))
                .extracting(SchoolAssignment::number)
                .containsExactly(1);
    }

    static ApprovedPlan plan(Instant approvedAt, PlannedAssignment... assignments) {
        return new ApprovedPlan(
                PROGRAMME.county(),
                PROGRAMME.id(),
                SchoolId.of("qs-shiyan"),
                "plan-1",
                approvedAt,
                List.of(assignments));
    }
}

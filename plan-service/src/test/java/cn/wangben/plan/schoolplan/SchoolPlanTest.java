package cn.wangben.plan.schoolplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.SchoolPlanReturned;
import cn.wangben.contracts.plan.SchoolPlanSubmitted;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolPlanTest {
    static final Instant NOW = Instant.parse("2026-12-10T02:00:00Z");

    private final SchoolPlan plan = SchoolPlan.draft(
            CountyId.of("qingshan"), SchoolId.of("qs-shiyan"), ProgrammeId.of("p1"), PlanRulesTest.validPlan());

    @Test
    void submittingAValidDraftRecordsWhoAndWhenAndRaisesSchoolPlanSubmitted() {
        var events = plan.submit(List.of(), "sa-shiyan", NOW);

        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.history()).containsExactly(new ReviewStep("SUBMITTED", "sa-shiyan", NOW, null));
        assertThat(events).singleElement().isInstanceOf(SchoolPlanSubmitted.class);
    }

    @Test
    void aPlanWithProblemsCannotBeSubmittedAndStaysADraft() {
        var problems = List.of(new Violation("activities", "至少安排 2 项课程或活动（当前 1 项）"));

        assertThatThrownBy(() -> plan.submit(problems, "sa-shiyan", NOW))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.violations()).isEqualTo(problems));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void theCountyReturnsWithACommentAndTheSchoolRevisesAndResubmits() {
        plan.submit(List.of(), "sa-shiyan", NOW);

        var returned = plan.returnWith("  请补充课例  ", "qs-admin", NOW.plusSeconds(60));
        plan.revise(PlanRulesTest.validPlan());
        plan.submit(List.of(), "sa-shiyan", NOW.plusSeconds(120));
        var approved = plan.approve("qs-admin", NOW.plusSeconds(180));

        assertThat(returned).singleElement().isInstanceOfSatisfying(SchoolPlanReturned.class, e -> assertThat(
                        e.comment())
                .isEqualTo("请补充课例"));
        assertThat(approved).singleElement().isInstanceOf(SchoolPlanApproved.class);
        assertThat(plan.history())
                .extracting(ReviewStep::action)
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
    }

    @Test
    void returningRequiresAComment() {
        plan.submit(List.of(), "sa-shiyan", NOW);

        assertThatThrownBy(() -> plan.returnWith(" ", "qs-admin", NOW))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("comment"));
    }

    @Test
    void onlyASubmittedPlanCanBeReviewedAndASubmittedOrApprovedPlanCannotBeEdited() {
        assertThatThrownBy(() -> plan.approve("qs-admin", NOW)).isInstanceOf(DomainException.class);
        plan.submit(List.of(), "sa-shiyan", NOW);
        assertThatThrownBy(() -> plan.revise(PlanRulesTest.validPlan())).isInstanceOf(DomainException.class);
        plan.approve("qs-admin", NOW);
        assertThatThrownBy(() -> plan.revise(PlanRulesTest.validPlan()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.getMessage()).contains("已审核通过"));
        assertThatThrownBy(() -> plan.submit(List.of(), "sa-shiyan", NOW)).isInstanceOf(DomainException.class);
    }
}

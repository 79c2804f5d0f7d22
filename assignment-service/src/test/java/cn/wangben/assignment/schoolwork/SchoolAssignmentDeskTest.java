package cn.wangben.assignment.schoolwork;

import static cn.wangben.assignment.schoolwork.AssignmentOpeningTest.APPROVED;
import static cn.wangben.assignment.schoolwork.AssignmentOpeningTest.NOTES;
import static cn.wangben.assignment.schoolwork.AssignmentOpeningTest.PROGRAMME;
import static cn.wangben.assignment.schoolwork.AssignmentOpeningTest.REVIEW;
import static cn.wangben.assignment.schoolwork.AssignmentOpeningTest.plan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.assignment.module.SchoolAssignment;
import cn.wangben.assignment.programme.KnownProgramme;
import cn.wangben.assignment.programme.KnownProgrammes;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.PlannedAssignment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchoolAssignmentDeskTest {
    static final SchoolId SHIYAN = SchoolId.of("qs-shiyan");
    final FakePlans plans = new FakePlans();
    final FakeProgrammes programmes = new FakeProgrammes();
    final InMemorySchoolAssignments modules = new InMemorySchoolAssignments();
    final SchoolAssignmentDesk desk = new SchoolAssignmentDesk(plans, programmes, modules);

    @Test
    void anApprovalArrivingBeforeItsProgrammeOpensOnceTheProgrammeIsKnown() {
        desk.approved(plan(APPROVED, NOTES, REVIEW));
        assertThat(current()).isEmpty();

        programmes.remember(PROGRAMME);
        desk.programmeKnown(PROGRAMME);

        assertThat(current()).extracting(SchoolAssignment::number).containsExactly(1, 2);
    }

    @Test
    void aLaterApprovalReplacesTheSchoolsAssignmentsAndWithdrawsTheOnesItDropped() {
        programmes.remember(PROGRAMME);
        desk.approved(plan(APPROVED, NOTES, REVIEW));
        Instant later = APPROVED.plusSeconds(86_400);
        var revised = new PlannedAssignment(1, "教学反思", "一篇教学反思", LocalDate.of(2026, 12, 24));

        desk.approved(plan(later, revised));

        assertThat(current()).singleElement().satisfies(a -> {
            assertThat(a.number()).isEqualTo(1);
            assertThat(a.module().title()).isEqualTo("教学反思");
            assertThat(a.approvedAt()).isEqualTo(later);
        });
        assertThat(modules.all(SHIYAN))
                .filteredOn(SchoolAssignment::withdrawn)
                .extracting(SchoolAssignment::number)
                .containsExactly(2);
    }

    @Test
    void anOlderApprovalDeliveredLateChangesNothing() {
        programmes.remember(PROGRAMME);
        Instant later = APPROVED.plusSeconds(86_400);
        desk.approved(plan(later, NOTES));

        desk.approved(plan(APPROVED, NOTES, REVIEW));
        desk.programmeKnown(PROGRAMME); // and a revision of the programme afterwards

        assertThat(current()).extracting(SchoolAssignment::number).containsExactly(1);
        assertThat(current().get(0).approvedAt()).isEqualTo(later);
    }

    @Test
    void theSameApprovalTwiceOpensTheSameAssignmentsOnce() {
        programmes.remember(PROGRAMME);

        desk.approved(plan(APPROVED, NOTES, REVIEW));
        desk.approved(plan(APPROVED, NOTES, REVIEW));

        assertThat(modules.all(SHIYAN)).hasSize(2);
        assertThat(current()).hasSize(2);
    }

    private List<SchoolAssignment> current() {
        return modules.all(SHIYAN).stream().filter(a -> !a.withdrawn()).toList();
    }

    static class FakePlans implements ApprovedPlans {
        final Map<String, ApprovedPlan> byKey = new HashMap<>();

        @Override
        public boolean keep(ApprovedPlan plan) {
            String key = plan.programme() + ":" + plan.school();
            ApprovedPlan stored = byKey.get(key);
            if (stored != null && stored.approvedAt().isAfter(plan.approvedAt())) {
                return false;
            }
            byKey.put(key, plan);
            return true;
        }

        @Override
        public List<ApprovedPlan> ofProgramme(CountyId county, ProgrammeId programme) {
            return byKey.values().stream()
                    .filter(p -> p.county().equals(county) && p.programme().equals(programme))
                    .toList();
        }
    }

    static class FakeProgrammes implements KnownProgrammes {
        final Map<ProgrammeId, KnownProgramme> known = new HashMap<>();

        @Override
        public void remember(KnownProgramme programme) {
            known.put(programme.id(), programme);
        }

        @Override
        public Optional<KnownProgramme> find(CountyId county, ProgrammeId id) {
            return Optional.ofNullable(known.get(id)).filter(p -> p.county().equals(county));
        }
    }
}

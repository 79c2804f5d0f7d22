package cn.wangben.assignment.missing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.assignment.cutoff.Extension;
import cn.wangben.assignment.cutoff.MissedEssay;
import cn.wangben.assignment.cutoff.TeacherCutoffs;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.assignment.module.SchoolAssignment;
import cn.wangben.assignment.submission.Submission;
import cn.wangben.assignment.submission.Submissions;
import cn.wangben.assignment.trainee.Trainee;
import cn.wangben.assignment.trainee.Trainees;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MissingEssaySweepTest {
    static final CountyId COUNTY = CountyId.of("qingshan");
    static final ProgrammeId PROGRAMME = ProgrammeId.of("p1");
    static final SchoolId SCHOOL = SchoolId.of("qs-shiyan");
    static final Instant DUE = Instant.parse("2026-12-15T16:00:00Z");
    static final Duration SETTLE = Duration.ofMinutes(1);
    static final OnlineModule MODULE = new OnlineModule(
            ModuleId.of("m1"),
            COUNTY,
            PROGRAMME,
            "队伍建设",
            null,
            20,
            DUE.minusSeconds(7 * 86_400),
            DUE,
            ZoneId.of("Asia/Shanghai"));

    /** A school's assignment of the same programme, due at the same instant. */
    static final OnlineModule SCHOOL_ASSIGNMENT = new OnlineModule(
            ModuleId.of("m-school"),
            COUNTY,
            PROGRAMME,
            "读书笔记",
            null,
            0,
            DUE.minusSeconds(7 * 86_400),
            DUE,
            ZoneId.of("Asia/Shanghai"),
            SCHOOL);

    final List<OnlineModule> due = new ArrayList<>(List.of(MODULE));
    final List<Trainee> trainees = new ArrayList<>();
    final Set<TeacherId> submitters = new HashSet<>();
    final FakeCutoffs cutoffs = new FakeCutoffs();
    final Set<ModuleId> closed = new HashSet<>();
    final MissingEssaySweep sweep = new MissingEssaySweep(
            new FakeModules(), new FakeTrainees(), new FakeSubmissions(), cutoffs, new FakeSwept(), SETTLE);

    @Test
    void marksOnlyEnrolledNonExemptTraineesWithoutAnEssayOnceTheCutoffHasSettled() {
        trainee("missing", false);
        trainee("submitted", false);
        trainee("exempt", true);
        trainees.add(new Trainee(COUNTY, PROGRAMME, "key-unenrolled", SCHOOL, null, false));
        submitters.add(TeacherId.of("submitted"));

        assertThat(sweep.sweep(DUE.plus(SETTLE).minusMillis(1))).isZero();
        assertThat(sweep.sweep(DUE.plus(SETTLE))).isEqualTo(1);

        assertThat(cutoffs.missed).containsExactly(TeacherId.of("missing"));
        assertThat(cutoffs.events).hasSize(1);
        assertThat(closed).containsExactly(MODULE.id());
    }

    @Test
    void aRunningExtensionKeepsTheModuleOpenUntilItHasPassed() {
        trainee("extended", false);
        Instant until = DUE.plus(Duration.ofDays(3));
        cutoffs.extensions.put(TeacherId.of("extended"), until);

        assertThat(sweep.sweep(DUE.plus(Duration.ofDays(1)))).isZero();
        assertThat(closed).isEmpty();
        assertThat(sweep.sweep(until.plus(SETTLE))).isEqualTo(1);
        assertThat(cutoffs.marks).containsEntry(TeacherId.of("extended"), until);
        assertThat(closed).containsExactly(MODULE.id());
    }

    @Test
    void aSchoolsAssignmentIsNeverMarkedMissingEvenIfOfferedAsDue() {
        due.clear();
        due.add(SCHOOL_ASSIGNMENT);
        trainee("no-essay", false);

        assertThat(sweep.sweep(DUE.plus(SETTLE).plusSeconds(3600))).isZero();

        assertThat(cutoffs.missed).isEmpty();
        assertThat(cutoffs.events).isEmpty();
    }

    @Test
    void aMarkThatLostARaceLeavesTheModuleForTheNextRun() {
        trainee("raced", false);
        cutoffs.refuseNextMark = true; // another instance marked it between this run's read and write

        assertThat(sweep.sweep(DUE.plus(SETTLE))).isZero();
        assertThat(closed).isEmpty();
    }

    private void trainee(String teacher, boolean exempt) {
        trainees.add(new Trainee(COUNTY, PROGRAMME, "key-" + teacher, SCHOOL, TeacherId.of(teacher), exempt));
    }

    class FakeModules implements OnlineModules {
        @Override
        public void add(OnlineModule module, List<DomainEvent> events) {}

        @Override
        public Optional<OnlineModule> find(CountyId county, ModuleId id) {
            return Optional.of(MODULE);
        }

        @Override
        public List<OnlineModule> ofProgramme(CountyId county, ProgrammeId programme, SchoolId school) {
            return List.of(MODULE);
        }

        @Override
        public List<OnlineModule> dueBy(Instant instant) {
            return due.stream().filter(m -> !m.dueAt().isAfter(instant)).toList();
        }

        @Override
        public List<SchoolAssignment> schoolAssignments(CountyId county, ProgrammeId programme, SchoolId school) {
            return List.of();
        }

        @Override
        public boolean open(SchoolAssignment assignment) {
            return true;
        }

        @Override
        public void withdrawOlderThan(CountyId county, ProgrammeId programme, SchoolId school, Instant approvedAt) {}
    }

    class FakeTrainees implements Trainees {
        @Override
        public void enrolled(CountyId c, ProgrammeId p, String key, SchoolId s, TeacherId t) {}

        @Override
        public void exempted(CountyId c, ProgrammeId p, String key, SchoolId s) {}

        @Override
        public List<Trainee> ofProgramme(CountyId county, ProgrammeId programme) {
            return trainees;
        }

        @Override
        public Optional<Trainee> find(CountyId county, ProgrammeId programme, TeacherId teacher) {
            return Optional.empty();
        }
    }

    class FakeSubmissions implements Submissions {
        @Override
        public int nextAttempt(ModuleId module, TeacherId teacher) {
            return 1;
        }

        @Override
        public void add(Submission submission, String text, List<DomainEvent> events) {}

        @Override
        public Optional<String> textOf(CountyId county, SubmissionId id) {
            return Optional.empty();
        }

        @Override
        public Optional<Submission> find(CountyId county, SubmissionId id) {
            return Optional.empty();
        }

        @Override
        public List<Submission> ofTeacher(CountyId county, ModuleId module, TeacherId teacher) {
            return List.of();
        }

        @Override
        public List<Submission> latestOf(CountyId county, ModuleId module, SchoolId school) {
            return List.of();
        }

        @Override
        public Set<TeacherId> submittersOf(ModuleId module) {
            return Set.copyOf(submitters);
        }

        @Override
        public void recordRefusal(CountyId c, ModuleId m, TeacherId t, Instant at, String reason, String route) {}

        @Override
        public List<Refusal> refusalsOf(CountyId county, ModuleId module, TeacherId teacher) {
            return List.of();
        }
    }

    static class FakeCutoffs implements TeacherCutoffs {
        final Map<TeacherId, Instant> extensions = new HashMap<>();
        final Map<TeacherId, Instant> marks = new HashMap<>();
        final Set<TeacherId> missed = marks.keySet();
        final List<DomainEvent> events = new ArrayList<>();
        boolean refuseNextMark;

        @Override
        public Optional<Extension> extension(ModuleId module, TeacherId teacher) {
            return Optional.ofNullable(extensions.get(teacher))
                    .map(until -> new Extension(module, teacher, SCHOOL, until, "病假", "admin", DUE));
        }

        @Override
        public List<Extension> extensionsOf(ModuleId module) {
            return extensions.keySet().stream()
                    .map(teacher -> extension(module, teacher).orElseThrow())
                    .toList();
        }

        @Override
        public boolean grant(OnlineModule module, Extension extension, List<DomainEvent> events) {
            return true;
        }

        @Override
        public boolean markMissed(MissedEssay m, Instant passedBy, List<DomainEvent> events) {
            Instant until = extensions.get(m.teacher());
            if (refuseNextMark || marks.containsKey(m.teacher()) || (until != null && until.isAfter(passedBy))) {
                refuseNextMark = false;
                return false;
            }
            marks.put(m.teacher(), m.cutoff());
            this.events.addAll(events);
            return true;
        }

        @Override
        public Set<TeacherId> missedIn(ModuleId module) {
            return Set.copyOf(marks.keySet());
        }
    }

    class FakeSwept implements SweptModules {
        @Override
        public Set<ModuleId> closed() {
            return Set.copyOf(closed);
        }

        @Override
        public void close(ModuleId module, Instant at) {
            closed.add(module);
        }
    }
}

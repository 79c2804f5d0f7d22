package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.scoring.facts.ApprovedPlan;
import cn.wangben.scoring.facts.ProgrammeTerms;
import cn.wangben.scoring.facts.Roster;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.facts.SchoolStanding;
import cn.wangben.scoring.facts.Trainee;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** In-memory stand-ins for the ports, so the desks are tested without Mongo; the store copies like a database would. */
final class InMemory {
    private InMemory() {}

    /** Facts of one programme; the test sets them directly instead of through events. */
    static final class Facts implements SchoolFacts {
        ProgrammeTerms programme;
        final Map<SchoolId, ApprovedPlan> plans = new HashMap<>();
        final Map<SchoolId, Roster> rosters = new HashMap<>();
        final Map<String, Trainee> trainees = new HashMap<>();
        final Map<SchoolId, SchoolStanding> standings = new HashMap<>();

        public void rememberProgramme(ProgrammeTerms terms) {
            programme = terms;
        }

        @Override
        public void rememberPlan(ApprovedPlan plan) {
            plans.put(plan.school(), plan);
        }

        @Override
        public void rememberRosterBatch(TeachersRostered batch) {
            rosters.put(batch.schoolId(), new Roster(batch.rosterId(), batch.batches(), 1, batch.teachers()));
        }

        public void rememberEnrollment(TeacherEnrolled e) {
            trainees.put(e.teacherKey(), new Trainee(e.teacherKey(), e.schoolId(), e.teacherId(), null));
        }

        public void rememberExemption(TeacherExempted e) {
            trainees.put(e.teacherKey(), new Trainee(e.teacherKey(), e.schoolId(), null, e.category()));
        }

        public void rememberStanding(SchoolStanding standing) {
            standings.put(standing.school(), standing);
        }

        @Override
        public Optional<ProgrammeTerms> programme(CountyId county, ProgrammeId id) {
            return Optional.ofNullable(programme).filter(p -> p.county().equals(county) && p.id().equals(id));
        }

        @Override
        public List<ProgrammeTerms> scoringDeadlinePassed(Instant now) {
            return programme != null && !programme.scoringDeadline().isAfter(now) ? List.of(programme) : List.of();
        }

        @Override
        public Optional<ApprovedPlan> plan(CountyId county, ProgrammeId programme, SchoolId school) {
            return Optional.ofNullable(plans.get(school));
        }

        @Override
        public Roster roster(CountyId county, ProgrammeId programme, SchoolId school) {
            return rosters.getOrDefault(school, Roster.none());
        }

        @Override
        public Map<String, Trainee> trainees(CountyId county, ProgrammeId programme, SchoolId school) {
            Map<String, Trainee> ofSchool = new HashMap<>();
            trainees.forEach((key, t) -> {
                if (t.school().equals(school)) {
                    ofSchool.put(key, t);
                }
            });
            return ofSchool;
        }

        @Override
        public Optional<Trainee> traineeOfAccount(CountyId county, ProgrammeId programme, TeacherId teacher) {
            return trainees.values().stream()
                    .filter(t -> teacher.equals(t.teacherId()))
                    .findFirst();
        }

        @Override
        public Optional<SchoolStanding> standing(CountyId county, ProgrammeId programme, SchoolId school) {
            return Optional.ofNullable(standings.get(school));
        }

        @Override
        public List<SchoolId> schools(CountyId county, ProgrammeId programme) {
            TreeSet<String> schools = new TreeSet<>();
            plans.keySet().forEach(s -> schools.add(s.value()));
            rosters.keySet().forEach(s -> schools.add(s.value()));
            standings.keySet().forEach(s -> schools.add(s.value()));
            return schools.stream().map(SchoolId::of).toList();
        }
    }

    static final class Sheets implements ScoreSheets {
        final Map<SchoolId, ScoreSheet> stored = new HashMap<>();

        @Override
        public Optional<ScoreSheet> find(CountyId county, ProgrammeId programme, SchoolId school) {
            return Optional.ofNullable(stored.get(school)).map(s -> copy(s, s.version()));
        }

        @Override
        public void save(ScoreSheet sheet) {
            long storedVersion = stored.containsKey(sheet.school())
                    ? stored.get(sheet.school()).version()
                    : 0;
            if (storedVersion != sheet.version()) {
                throw DomainException.conflict("concurrent-change", "成绩表已被他人修改，请刷新后重试");
            }
            stored.put(sheet.school(), copy(sheet, sheet.version() + 1));
        }

        private static ScoreSheet copy(ScoreSheet s, long version) {
            return new ScoreSheet(
                    s.county(),
                    s.programme(),
                    s.school(),
                    version,
                    s.entries(),
                    s.attendance(),
                    s.corrections(),
                    s.reportedAt(),
                    s.reportedBy(),
                    s.overdueSince());
        }
    }

    static final class Board implements ScoreBoard {
        final Map<String, SchoolPart> parts = new HashMap<>();
        final Map<SchoolId, SheetSummary> summaries = new HashMap<>();

        @Override
        public void publish(SheetSummary summary, List<SchoolPart> published) {
            parts.values().removeIf(p -> p.school().equals(summary.school()));
            published.forEach(p -> parts.put(p.school() + ":" + p.teacherKey(), p));
            summaries.put(summary.school(), summary);
        }

        @Override
        public Optional<SchoolPart> part(CountyId county, ProgrammeId programme, SchoolId school, String teacherKey) {
            return Optional.ofNullable(parts.get(school + ":" + teacherKey));
        }

        @Override
        public List<SchoolPart> parts(CountyId county, ProgrammeId programme) {
            return new ArrayList<>(parts.values());
        }

        @Override
        public List<SheetSummary> summaries(CountyId county, ProgrammeId programme) {
            return summaries.values().stream()
                    .sorted(java.util.Comparator.comparing(s -> s.school().value()))
                    .toList();
        }
    }
}

package cn.wangben.assignment.submission;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface Submissions {
    /** The next attempt number of this teacher in this module, atomically. */
    int nextAttempt(ModuleId module, TeacherId teacher);

    /** Stores the record with the essay's plain text and the events, in one write. */
    void add(Submission submission, String text, List<DomainEvent> events);

    /** The plain text kept in the record; empty for records from before texts were kept there. */
    Optional<String> textOf(CountyId county, SubmissionId id);

    Optional<Submission> find(CountyId county, SubmissionId id);

    /** A teacher's accepted submissions in a module, first attempt first. */
    List<Submission> ofTeacher(CountyId county, ModuleId module, TeacherId teacher);

    /** The latest accepted attempt of each teacher of {@code school} in the module, ordered by teacher. */
    List<Submission> latestOf(CountyId county, ModuleId module, SchoolId school);

    /** Teachers with at least one accepted submission in the module. */
    Set<TeacherId> submittersOf(ModuleId module);

    /** A refused late or early attempt, kept for the county's records; {@code route} is how it was sent. */
    void recordRefusal(CountyId county, ModuleId module, TeacherId teacher, Instant at, String reason, String route);

    List<Refusal> refusalsOf(CountyId county, ModuleId module, TeacherId teacher);

    record Refusal(Instant at, String reason, String route) {}
}

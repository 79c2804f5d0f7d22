package cn.wangben.assignment.submission;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Submissions {
    /** The next attempt number of this teacher in this module, atomically. */
    int nextAttempt(ModuleId module, TeacherId teacher);

    void add(Submission submission, List<DomainEvent> events);

    Optional<Submission> find(CountyId county, SubmissionId id);

    /** A refused late or early attempt, kept for the county's records. */
    void recordRefusal(CountyId county, ModuleId module, TeacherId teacher, Instant at, String reason);
}

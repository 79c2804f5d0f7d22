package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.scoring.ProgrammeFinalized;
import cn.wangben.contracts.scoring.TraineeResultFinalized;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finalized results: one document per trainee, each with its own outbox entry, so thousands of results never make one
 * oversized write and a run that stops midway is completed by the next without duplicates (the id is the trainee's).
 */
public interface FinalResults {
    Optional<Finalization> finalization(CountyId county, ProgrammeId programme);

    /** Stores the start of a finalization; {@code false} if one is stored already. */
    boolean start(Finalization started);

    /** Stores the result with its event; {@code false}, storing nothing, if the trainee's result is stored already. */
    boolean store(FinalRecord record, TraineeResultFinalized event);

    FinalCounts counts(CountyId county, ProgrammeId programme);

    /** Marks the finalization completed with its event, guarded by the started version. */
    void complete(Finalization started, Instant at, FinalCounts counts, ProgrammeFinalized event);

    List<TraineeResult> results(CountyId county, ProgrammeId programme, SchoolId school);

    Optional<FinalRecord> ofTeacherKey(CountyId county, ProgrammeId programme, String teacherKey);

    Optional<FinalRecord> ofAccount(CountyId county, ProgrammeId programme, TeacherId teacher);

    Optional<FinalRecord> ofCertificate(String code);
}

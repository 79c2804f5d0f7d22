package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;

/** A trainee's frozen result as stored at finalization, with what its certificate shows. */
public record FinalRecord(
        CountyId county,
        ProgrammeId programme,
        String programmeName,
        String schoolName,
        TraineeResult result,
        Instant finalizedAt) {}

package cn.wangben.assignment.programme;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.util.Optional;

public interface KnownProgrammes {
    /** Idempotent: the same programme stored twice is stored once. */
    void remember(KnownProgramme programme);

    Optional<KnownProgramme> find(CountyId county, ProgrammeId id);
}

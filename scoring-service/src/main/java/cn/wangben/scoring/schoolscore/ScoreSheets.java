package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.Optional;

public interface ScoreSheets {
    Optional<ScoreSheet> find(CountyId county, ProgrammeId programme, SchoolId school);

    /**
     * Stores the whole sheet in one write: inserted when its version is 0, else replaced if the stored version is still
     * the sheet's. Either way a concurrent change answers 409 and nothing of this write is stored.
     */
    void save(ScoreSheet sheet);
}

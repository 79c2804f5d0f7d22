package cn.wangben.scoring.results;

import java.util.List;

/** @param finalized the rows are the county's final results; otherwise provisional */
public record ResultList(ProgrammeSettings programme, boolean finalized, List<TraineeResult> rows) {

    public ResultList {
        rows = List.copyOf(rows);
    }
}

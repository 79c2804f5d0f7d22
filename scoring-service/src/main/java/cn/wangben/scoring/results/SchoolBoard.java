package cn.wangben.scoring.results;

import java.util.List;

/** A school's figures and its trainees' results, the unit the projection recomputes and stores. */
public record SchoolBoard(SchoolStats stats, List<TraineeResult> rows) {

    public SchoolBoard {
        rows = List.copyOf(rows);
    }
}

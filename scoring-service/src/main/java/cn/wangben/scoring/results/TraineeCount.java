package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.SchoolId;

/**
 * What one trainee adds to its school's and its programme's counters (enrolled, exempt and the result tally), kept on
 * the trainee's own fact so that a recount changes the counters by the difference only.
 */
public record TraineeCount(
        SchoolId school, int enrolled, int exempt, int trainees, int complete, int passed, int hours) {
    public static final TraineeCount NONE = new TraineeCount(null, 0, 0, 0, 0, 0, 0);
}

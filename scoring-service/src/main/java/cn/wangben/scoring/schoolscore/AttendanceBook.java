package cn.wangben.scoring.schoolscore;

import java.util.Map;

/** A school's attendance: the sheet (activities and trainees) and what was recorded per activity. */
public record AttendanceBook(Grid grid, Map<Integer, AttendanceRecord> records) {

    public AttendanceBook {
        records = Map.copyOf(records);
    }
}

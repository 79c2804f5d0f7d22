package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.rubric.ItemScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One trainee's school part (校本研修成绩) as the county's results will read it: only trainees with a score have one
 * (a complete row, or any trainee of a cancelled school); exempt trainees have none.
 *
 * @param teacherId the trainee's account once enrolled, else {@code null}
 * @param points scaled to the programme's school points, one decimal
 * @param rawTotal on the rubric's declared total; {@code null} for a cancelled school
 * @param reason set when the points are not the rubric's (cancellation)
 * @param items the item scores on the rubric's own scale; empty for a cancelled school
 */
public record SchoolPart(
        CountyId county,
        ProgrammeId programme,
        SchoolId school,
        String teacherKey,
        TeacherId teacherId,
        String name,
        BigDecimal points,
        BigDecimal rawTotal,
        PartStatus status,
        String reason,
        List<ItemScore> items,
        Instant updatedAt) {

    public SchoolPart {
        items = List.copyOf(items);
    }
}

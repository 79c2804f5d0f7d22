package cn.wangben.scoring.facts;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.List;

/**
 * The latest cancellation or reinstatement of a school's school-based part (逾期不提交按取消校本研修处理).
 *
 * @param missing what the school had not handed in (PLAN, ROSTER) when cancelled
 * @param reason the county's reason for a reinstatement
 * @param changedAt when the change happened; a later change wins whatever the order of arrival
 */
public record SchoolStanding(
        CountyId county,
        ProgrammeId programme,
        SchoolId school,
        boolean cancelled,
        List<String> missing,
        String reason,
        Instant changedAt) {

    public SchoolStanding {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}

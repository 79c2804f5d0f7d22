package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A programme's settings as its latest {@code ProgrammePublished} / {@code ProgrammeRevised} stated them: the points
 * results add up to, the pass mark, the 学时 a pass credits and the deadlines schools are watched against.
 *
 * @param revision 0 as published; the highest revision wins whatever the order of arrival
 */
public record ProgrammeSettings(
        CountyId county,
        ProgrammeId id,
        String name,
        ZoneId zone,
        int onlinePoints,
        int schoolPoints,
        int passMark,
        int creditedHours,
        Instant schoolPlanDeadline,
        Instant schoolScoringDeadline,
        int revision) {}

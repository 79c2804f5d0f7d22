package cn.wangben.assignment.programme;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** What this service knows of a programme published by plan-service: enough to place modules inside its period. */
public record KnownProgramme(
        ProgrammeId id, CountyId county, String name, LocalDate periodStart, LocalDate periodEnd, ZoneId zone) {

    public Instant opens() {
        return periodStart.atStartOfDay(zone).toInstant();
    }

    /** 24:00 of the last day. */
    public Instant closes() {
        return periodEnd.plusDays(1).atStartOfDay(zone).toInstant();
    }
}

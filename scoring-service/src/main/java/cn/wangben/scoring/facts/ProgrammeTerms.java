package cn.wangben.scoring.facts;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;

/**
 * What school scoring needs of a programme published by plan-service: the points the school part is worth and the
 * instant schools must have reported by.
 *
 * @param revision 0 as published, then the revision number of the latest {@code ProgrammeRevised}
 */
public record ProgrammeTerms(
        CountyId county, ProgrammeId id, String name, int schoolPoints, Instant scoringDeadline, int revision) {}

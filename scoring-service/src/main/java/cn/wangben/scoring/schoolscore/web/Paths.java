package cn.wangben.scoring.schoolscore.web;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.web.PathIds;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Path ids and shown instants, as every controller of the feature reads and writes them. */
final class Paths {
    static final String SCHOOL = "/api/scoring/programmes/{programmeId}/schools/{schoolId}";
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    private Paths() {}

    static ProgrammeId programme(String raw) {
        return PathIds.parse(raw, ProgrammeId::of, "研修项目");
    }

    static SchoolId school(String raw) {
        return PathIds.parse(raw, SchoolId::of, "学校");
    }

    static OffsetDateTime shown(Instant at) {
        return at == null ? null : at.atZone(DISPLAY_ZONE).toOffsetDateTime();
    }
}

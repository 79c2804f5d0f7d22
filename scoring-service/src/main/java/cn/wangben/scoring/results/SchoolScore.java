package cn.wangben.scoring.results;

import cn.wangben.scoring.schoolscore.PartStatus;
import java.math.BigDecimal;

/** One trainee's school part as school scoring published it ({@code school_parts}), reduced to what results need. */
public record SchoolScore(String teacherKey, String name, BigDecimal points, PartStatus status, String reason) {}

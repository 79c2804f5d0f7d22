package cn.wangben.scoring.results;

import java.math.BigDecimal;

/** A grader's latest grade of an essay: the highest revision wins, whatever order the grades arrive in. */
public record Grade(String band, BigDecimal score, int revision) {}

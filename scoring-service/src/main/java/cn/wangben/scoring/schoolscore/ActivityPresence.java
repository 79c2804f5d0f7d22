package cn.wangben.scoring.schoolscore;

import java.util.List;

/** Who was present at one planned activity, by roster key; replaces what was recorded for it. */
public record ActivityPresence(Integer number, List<String> present) {}

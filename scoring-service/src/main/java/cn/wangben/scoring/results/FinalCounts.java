package cn.wangben.scoring.results;

/** How many results a finalization froze: all of them (exempt included), passed, exempt. */
public record FinalCounts(int trainees, int passed, int exempt) {}

package cn.wangben.scoring.results.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/** Milliseconds of each step of an install, in the order they ended (what an operator compares between rebuilds). */
final class Phases {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void done(String phase) {
        long now = System.nanoTime();
        millis.put(phase, (now - last) / 1_000_000);
        last = now;
    }

    Map<String, Long> millis() {
        return millis;
    }
}

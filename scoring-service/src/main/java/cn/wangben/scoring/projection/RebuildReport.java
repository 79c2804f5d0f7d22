package cn.wangben.scoring.projection;

import java.time.Instant;
import java.util.Map;

/**
 * One rebuild: how many events were replayed, how many documents written, and how long it took.
 *
 * @param eventsPerSecond events ÷ the whole run (stopping and starting the consumers included)
 * @param phases milliseconds of each step in order: {@code read} (poll, decode and fold, pipelined), then the
 *     install's steps ({@code count}, {@code write}, {@code swap}), then {@code resume}
 */
public record RebuildReport(
        Instant startedAt,
        Instant finishedAt,
        long events,
        long documents,
        long millis,
        long eventsPerSecond,
        Map<String, Long> phases) {}

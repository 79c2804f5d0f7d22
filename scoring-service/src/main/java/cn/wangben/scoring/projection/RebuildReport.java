package cn.wangben.scoring.projection;

import java.time.Instant;

/**
 * One rebuild: how many events were replayed, how many documents written, and how long it took.
 *
 * @param eventsPerSecond events ÷ the whole run (stopping and starting the consumers included)
 */
public record RebuildReport(
        Instant startedAt, Instant finishedAt, long events, long documents, long millis, long eventsPerSecond) {}

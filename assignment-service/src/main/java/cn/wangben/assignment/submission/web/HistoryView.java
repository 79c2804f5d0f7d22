package cn.wangben.assignment.submission.web;

import cn.wangben.assignment.submission.ReceiptDesk;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A teacher's submissions in one module. {@code cutoff} is their own (later than {@code moduleCutoff} when extended);
 * exactly one attempt, the latest accepted, has {@code counting} true; refused attempts are listed apart.
 */
record HistoryView(
        String moduleId,
        OffsetDateTime moduleCutoff,
        OffsetDateTime cutoff,
        boolean extended,
        List<Attempt> attempts,
        List<RefusedAttempt> refused) {

    record Attempt(Receipt receipt, boolean counting) {}

    /** {@code reason} is LATE or NOT_OPEN; {@code route} text or file. */
    record RefusedAttempt(OffsetDateTime at, String reason, String route) {}

    static HistoryView of(ReceiptDesk.History h) {
        String counting = h.counting().map(s -> s.id().value()).orElse(null);
        List<Attempt> attempts = h.attempts().stream()
                .map(s -> new Attempt(Receipt.of(s, true), s.id().value().equals(counting)))
                .toList();
        List<RefusedAttempt> refused = h.refusals().stream()
                .map(r -> new RefusedAttempt(local(r.at()), r.reason(), r.route()))
                .toList();
        return new HistoryView(
                h.module().id().value(),
                local(h.module().dueAt()),
                local(h.cutoff()),
                h.extension().isPresent() && h.cutoff().isAfter(h.module().dueAt()),
                attempts,
                refused);
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(Receipt.DISPLAY_ZONE).toOffsetDateTime();
    }
}

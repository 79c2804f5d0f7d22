package cn.wangben.assignment.cutoff;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A later cutoff for one teacher in one module, granted by the county: an absolute instant, never a duration, so it
 * means the same on every server. The latest grant is the one in force; every grant stays in the audit trail.
 */
public record Extension(
        ModuleId module,
        TeacherId teacher,
        SchoolId school,
        Instant until,
        String reason,
        String by,
        Instant grantedAt) {

    /**
     * The teacher's own cutoff as it bears on an essay received at {@code receivedAt}. An extension only ever moves a
     * cutoff later, so before the module's cutoff it cannot change the verdict and is not looked up: the last hour's
     * essays are judged without reading any extension.
     */
    public static Instant cutoffFor(Instant receivedAt, Instant moduleCutoff, Supplier<Optional<Extension>> extension) {
        return receivedAt.isBefore(moduleCutoff) ? moduleCutoff : effectiveCutoff(moduleCutoff, extension.get());
    }

    /** A teacher's own cutoff: the module's, or their extension's when that is later. */
    public static Instant effectiveCutoff(Instant moduleCutoff, Optional<Extension> extension) {
        return extension
                .map(Extension::until)
                .filter(until -> until.isAfter(moduleCutoff))
                .orElse(moduleCutoff);
    }
}

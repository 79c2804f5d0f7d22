package cn.wangben.contracts.scoring;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.util.Objects;

/** The county finalized a programme's results after all {@code TraineeResultFinalized} of it were published. {@code by} is the acting user's username. */
public record ProgrammeFinalized(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ProgrammeId programmeId,
        int trainees,
        int passed,
        String by)
        implements DomainEvent {

    public ProgrammeFinalized {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(programmeId, "programmeId");
    }

    /** Keyed by programme. */
    @Override
    public String partitionKey() {
        return programmeId.value();
    }
}

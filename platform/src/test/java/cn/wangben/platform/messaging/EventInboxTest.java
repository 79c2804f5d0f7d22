package cn.wangben.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;

class EventInboxTest {
    private static final Instant RAISED = Instant.parse("2026-12-20T15:59:59.000Z");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventCodec codec = new EventCodec();
    private final Set<String> seen = new HashSet<>();
    private final ProcessedEvents processed = new ProcessedEvents(null, null) {
        @Override
        public boolean contains(String consumer, String eventId) {
            return seen.contains(consumer + eventId);
        }

        @Override
        public void record(String consumer, String eventId) {
            seen.add(consumer + eventId);
        }

        @Override
        public Set<String> containing(String consumer, java.util.Collection<String> eventIds) {
            Set<String> found = new HashSet<>();
            eventIds.stream().filter(id -> seen.contains(consumer + id)).forEach(found::add);
            return found;
        }

        @Override
        public void recordAll(String consumer, java.util.Collection<String> eventIds) {
            eventIds.forEach(id -> seen.add(consumer + id));
        }
    };
    private final EventInbox inbox =
            new EventInbox(codec, processed, meters, Clock.fixed(RAISED.plusMillis(250), ZoneOffset.UTC));

    @Test
    void recordsTheLagFromTheChangeToItsEffectAndTheTenantOnTheHandlersLogs() {
        EssayMissed event = missed();
        String[] countyWhileHandling = new String[1];
        var handlers =
                EventInbox.handlers().on(EventCatalog.ESSAY_MISSED, e -> countyWhileHandling[0] = MDC.get("county"));

        inbox.accept("scoring", record(event), handlers);
        inbox.accept("scoring", record(event), handlers);

        var lag = meters.timer("wangben.events.lag", "consumer", "scoring", "type", "EssayMissed");
        assertThat(lag.count()).as("the duplicate is not applied, so not timed").isEqualTo(1);
        assertThat(lag.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250.0);
        assertThat(countyWhileHandling[0]).isEqualTo("qingshan");
        assertThat(MDC.get("county")).as("cleared after the handler").isNull();
        assertThat(meters.counter("wangben.events.duplicates", "consumer", "scoring", "type", "EssayMissed")
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void aPoisonRecordInABatchComesAfterTheRecordsBeforeItWereApplied() {
        EssayMissed first = missed();
        EssayMissed second = missed();
        var poison = new ConsumerRecord<>("wangben.assignment.submissions.v1", 0, 2L, "k", "{not json");
        header(poison, EventHeaders.EVENT_TYPE, "EssayMissed");
        List<String> applied = new ArrayList<>();

        assertThatThrownBy(() -> inbox.acceptBatch(
                        "scoring",
                        List.of(record(first), record(second), poison, record(missed())),
                        Set.of(EventCatalog.ESSAY_MISSED),
                        events -> events.forEach(e -> applied.add(e.eventId().value()))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex())
                        .isEqualTo(2));
        // the error handler commits offsets 0 and 1 as done: they were applied, and once
        assertThat(applied)
                .containsExactly(first.eventId().value(), second.eventId().value());
        assertThat(seen)
                .contains(
                        "scoring" + first.eventId().value(),
                        "scoring" + second.eventId().value());
    }

    private static EssayMissed missed() {
        return new EssayMissed(
                EventId.random(),
                CountyId.of("qingshan"),
                RAISED,
                ModuleId.random(),
                ProgrammeId.random(),
                TeacherId.of("t-1"),
                SchoolId.random(),
                RAISED);
    }

    private ConsumerRecord<String, String> record(EssayMissed event) {
        var record = new ConsumerRecord<>("wangben.assignment.submissions.v1", 0, 0L, "k", codec.encode(event));
        header(record, EventHeaders.EVENT_TYPE, "EssayMissed");
        header(record, EventHeaders.EVENT_VERSION, "1");
        header(record, EventHeaders.COUNTY_ID, "qingshan");
        header(record, EventHeaders.EVENT_ID, event.eventId().value());
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

package cn.wangben.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

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
    };
    private final EventInbox inbox =
            new EventInbox(codec, processed, meters, Clock.fixed(RAISED.plusMillis(250), ZoneOffset.UTC));

    @Test
    void recordsTheLagFromTheChangeToItsEffectAndTheTenantOnTheHandlersLogs() {
        EssayMissed event = new EssayMissed(
                EventId.random(),
                CountyId.of("qingshan"),
                RAISED,
                ModuleId.random(),
                ProgrammeId.random(),
                TeacherId.of("t-1"),
                SchoolId.random(),
                RAISED);
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

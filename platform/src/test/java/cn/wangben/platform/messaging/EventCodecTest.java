package cn.wangben.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Events keep their instants to the nanosecond on the wire, whatever ISO-8601 form a producer wrote them in. */
class EventCodecTest {
    private final EventCodec codec = new EventCodec();
    private final EssaySubmitted essay = new EssaySubmitted(
            EventId.of("e-1"),
            CountyId.of("qingshan"),
            Instant.parse("2026-11-20T15:59:59.999Z"),
            SubmissionId.of("s-1"),
            ModuleId.of("m-1"),
            ProgrammeId.of("p-1"),
            TeacherId.of("t-1"),
            SchoolId.of("school-1"),
            Instant.parse("2026-11-20T15:59:59.123456789Z"),
            "ab".repeat(32),
            812,
            2);

    @Test
    void decodesWhatItEncodes() {
        assertThat(codec.decode(EventCatalog.ESSAY_SUBMITTED, codec.encode(essay)))
                .isEqualTo(essay);
    }

    @Test
    void decodesTheUtf8BytesOfWhatItEncodes() {
        byte[] payload = codec.encode(essay).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(codec.decode(EventCatalog.ESSAY_SUBMITTED, payload)).isEqualTo(essay);
    }

    @Test
    void readsInstantsWrittenWithAnOffset() {
        String payload = codec.encode(essay).replace("2026-11-20T15:59:59.999Z", "2026-11-20T23:59:59.999+08:00");

        assertThat(codec.decode(EventCatalog.ESSAY_SUBMITTED, payload).occurredAt())
                .isEqualTo(essay.occurredAt());
    }

    @Test
    void refusesAnInstantThatIsNoInstant() {
        String payload = codec.encode(essay).replace("2026-11-20T15:59:59.999Z", "2026-02-30T15:59:59Z");

        assertThatThrownBy(() -> codec.decode(EventCatalog.ESSAY_SUBMITTED, payload))
                .isInstanceOf(EventDecodingException.class);
    }
}

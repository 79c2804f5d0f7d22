package cn.wangben.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import tools.jackson.databind.json.JsonMapper;

class EventJsonRoundTripTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void typedIdsTravelAsPlainStrings() {
        var event = new EssaySubmitted(
                EventId.random(),
                CountyId.of("qingshan"),
                Instant.parse("2026-12-15T15:59:59.999Z"),
                SubmissionId.random(),
                ModuleId.of("m1"),
                ProgrammeId.of("p1"),
                TeacherId.of("t-1"),
                SchoolId.of("qs-shiyan"),
                Instant.parse("2026-12-15T15:59:59.999Z"),
                "ab",
                12,
                1);

        String text = json.writeValueAsString(event);

        assertThat(text).contains("\"countyId\":\"qingshan\"").contains("\"schoolId\":\"qs-shiyan\"");
        assertThat(json.readValue(text, EssaySubmitted.class)).isEqualTo(event);
    }

    @Test
    void idsRefuseCharactersThatWouldBreakFieldPaths() {
        assertThatThrownBy(() -> SchoolId.of("a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchoolId.of("$x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchoolId.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void catalogKnowsEveryEventByNameAndClass() {
        for (EventType<?> type : EventCatalog.ALL) {
            assertThat(EventCatalog.byName(type.name())).contains(type);
        }
    }
}

package cn.wangben.plan.hours;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.plan.programme.ProgrammeSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleTargetPolicyTest {
    static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void offersExemptionExactlyWhenTheRecordReachesTheTarget() {
        ProgrammeSettings settings = settings(List.of("国培送教", CycleTargetPolicy.CATEGORY));

        assertThat(CycleTargetPolicy.offer(record(324, 35), settings)).isEmpty();
        assertThat(CycleTargetPolicy.offer(record(324, 36), settings))
                .hasValue(new CycleTargetPolicy.Offer("已满周期学时", 360, 360));
        assertThat(CycleTargetPolicy.offer(null, settings)).isEmpty();
    }

    @Test
    void offersNothingWhenTheProgrammeDoesNotListTheCategory() {
        assertThat(CycleTargetPolicy.offer(record(400), settings(List.of("国培送教"))))
                .isEmpty();
    }

    static HoursRecord record(int... hours) {
        List<HoursEntry> entries = java.util.Arrays.stream(hours)
                .mapToObj(h -> new HoursEntry("e" + h, HoursEntry.RECORDED, "培训", h, T, "证书"))
                .toList();
        return new HoursRecord(CountyId.of("qingshan"), "k", entries);
    }

    static ProgrammeSettings settings(List<String> categories) {
        return new ProgrammeSettings(
                "项目",
                LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 31),
                ZoneId.of("Asia/Shanghai"),
                Instant.parse("2026-12-08T16:00:00Z"),
                60,
                40,
                100,
                60,
                36,
                360,
                Instant.parse("2026-12-13T16:00:00Z"),
                Instant.parse("2026-12-29T16:00:00Z"),
                categories);
    }
}

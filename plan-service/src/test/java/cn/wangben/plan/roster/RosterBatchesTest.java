package cn.wangben.plan.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.roster.Gender;
import cn.wangben.roster.ProtectedId;
import cn.wangben.roster.ProtectedPhone;
import cn.wangben.roster.RosterTeacher;
import cn.wangben.roster.Stage;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RosterBatchesTest {
    static final Instant AT = Instant.parse("2026-12-10T02:00:00Z");

    @Test
    void splitsIntoNumberedBatchesOfAtMostFiveHundredInRowOrder() {
        List<RosterTeacher> teachers =
                IntStream.range(0, 1201).mapToObj(RosterBatchesTest::teacher).toList();

        List<TeachersRostered> batches = RosterBatches.of(roster(1201), teachers, AT);

        assertThat(batches).extracting(b -> b.teachers().size()).containsExactly(500, 500, 201);
        assertThat(batches).extracting(TeachersRostered::batch).containsExactly(1, 2, 3);
        assertThat(batches).allSatisfy(b -> assertThat(b.batches()).isEqualTo(3));
        assertThat(batches.get(1).teachers().get(0).teacherKey()).isEqualTo("hash-500");
        assertThat(batches).extracting(TeachersRostered::eventId).doesNotHaveDuplicates();
    }

    @Test
    void countsBatchesAtTheBoundaries() {
        assertThat(RosterBatches.count(1)).isEqualTo(1);
        assertThat(RosterBatches.count(500)).isEqualTo(1);
        assertThat(RosterBatches.count(501)).isEqualTo(2);
        assertThat(RosterBatches.count(100_000)).isEqualTo(200);
    }

    @Test
    void onlyTheKeyedHashAndTheMaskedIdLeaveTheService() {
        var wire = RosterBatches.wire(teacher(7));

        assertThat(wire.teacherKey()).isEqualTo("hash-7");
        assertThat(wire.maskedIdNumber()).isEqualTo("990101********0007");
        assertThat(wire.toString()).doesNotContain("sealed", "138");
        assertThat(wire.gender()).isEqualTo("女");
        assertThat(wire.stage()).isEqualTo("小学");
    }

    static Roster roster(int teachers) {
        return new Roster(
                "roster-1",
                CountyId.of("qingshan"),
                ProgrammeId.random(),
                SchoolId.of("qs-shiyan"),
                RosterStatus.IMPORTED,
                teachers,
                RosterBatches.count(teachers),
                0,
                null,
                "sa-shiyan",
                AT);
    }

    static RosterTeacher teacher(int i) {
        return new RosterTeacher(
                i + 2,
                "教师" + i,
                Gender.FEMALE,
                new ProtectedId("hash-" + i, "990101********%04d".formatted(i)),
                new ProtectedPhone("138****0000", "sealed-" + i),
                Stage.PRIMARY,
                "语文",
                "一级教师",
                5);
    }
}

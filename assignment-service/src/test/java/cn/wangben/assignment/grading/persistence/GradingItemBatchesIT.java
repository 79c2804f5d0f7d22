package cn.wangben.assignment.grading.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.grading.GradingItem;
import cn.wangben.assignment.grading.GradingItems;
import cn.wangben.assignment.grading.GradingItems.ItemKey;
import cn.wangben.assignment.grading.NearCopyFlag;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The intake's batch read and write against the embedded Mongo-wire server: one bulk, the losers named. */
@AssignmentIT
class GradingItemBatchesIT {
    static final CountyId COUNTY = CountyId.of("qingshan");
    static final Instant AT = Instant.parse("2026-12-10T02:00:00Z");

    @Autowired
    GradingItems items;

    @Test
    void aBatchWriteStoresNewAndUnchangedItemsAndNamesThoseThatLostARace() {
        ModuleId module = ModuleId.random();
        items.insert(GradingItem.submitted(submitted(module, "t-kept", "s-kept1", 1)));
        items.insert(GradingItem.submitted(submitted(module, "t-raced", "s-raced1", 1)));
        Map<ItemKey, GradingItem> read = items.findAll(
                COUNTY,
                List.of(key(module, "t-kept"), key(module, "t-raced"), key(module, "t-new"), key(module, "t-dup")));
        assertThat(read).containsOnlyKeys(key(module, "t-kept"), key(module, "t-raced"));
        // meanwhile: another writer stores t-dup, and changes t-raced
        items.insert(GradingItem.submitted(submitted(module, "t-dup", "s-dup1", 1)));
        GradingItem raced = read.get(key(module, "t-raced"));
        items.update(next(raced, submitted(module, "t-raced", "s-raced2", 2)), List.of());

        var lost = items.writeAll(List.of(
                GradingItem.submitted(submitted(module, "t-new", "s-new1", 1)),
                GradingItem.submitted(submitted(module, "t-dup", "s-dup2", 2)),
                next(read.get(key(module, "t-kept")), submitted(module, "t-kept", "s-kept2", 2)),
                next(raced, submitted(module, "t-raced", "s-raced3", 3))));

        assertThat(lost).containsExactlyInAnyOrder(key(module, "t-dup"), key(module, "t-raced"));
        assertThat(attemptOf(module, "t-new")).isEqualTo("s-new1");
        assertThat(attemptOf(module, "t-kept")).isEqualTo("s-kept2");
        assertThat(items.find(COUNTY, module, TeacherId.of("t-kept"))
                        .orElseThrow()
                        .version())
                .isEqualTo(2);
        assertThat(attemptOf(module, "t-dup")).as("the other writer's").isEqualTo("s-dup1");
        assertThat(attemptOf(module, "t-raced")).as("the other writer's").isEqualTo("s-raced2");
    }

    @Test
    void aBatchReadSeesOnlyItsCountysItems() {
        ModuleId module = ModuleId.random();
        items.insert(GradingItem.submitted(submitted(module, "t-1", "s-1", 1)));

        assertThat(items.findAll(CountyId.of("yunshui"), List.of(key(module, "t-1"))))
                .isEmpty();
        assertThat(items.findAll(COUNTY, List.of(key(module, "t-1")))).containsOnlyKeys(key(module, "t-1"));
    }

    private String attemptOf(ModuleId module, String teacher) {
        return items.find(COUNTY, module, TeacherId.of(teacher))
                .orElseThrow()
                .attempt()
                .submission()
                .value();
    }

    @Test
    void anItemTakesNoMoreFlagsThanItKeeps() {
        ModuleId module = ModuleId.random();
        items.insert(GradingItem.submitted(submitted(module, "t-template", "s-template", 1)));
        List<GradingItems.FlagOn> flags = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            flags.add(new GradingItems.FlagOn(
                    TeacherId.of("t-template"),
                    SubmissionId.of("s-template"),
                    new NearCopyFlag(
                            SubmissionId.of("s-copy" + i), TeacherId.of("t-copy" + i), new BigDecimal("0.97"))));
        }

        items.flag(COUNTY, module, flags.subList(0, 7), 10);
        items.flag(COUNTY, module, flags.subList(7, 12), 10);

        assertThat(items.find(COUNTY, module, TeacherId.of("t-template"))
                        .orElseThrow()
                        .nearCopies())
                .as("each flag is added only while the item holds fewer than it keeps")
                .hasSize(10);
    }

    private static GradingItem next(GradingItem item, EssaySubmitted e) {
        return item.withSubmission(e, AT).orElseThrow();
    }

    private static ItemKey key(ModuleId module, String teacher) {
        return new ItemKey(module, TeacherId.of(teacher));
    }

    private static EssaySubmitted submitted(ModuleId module, String teacher, String submission, int attempt) {
        return new EssaySubmitted(
                EventId.random(),
                COUNTY,
                AT,
                SubmissionId.of(submission),
                module,
                ProgrammeId.of("p1"),
                TeacherId.of(teacher),
                SchoolId.of("qs-shiyan"),
                AT.plusSeconds(attempt),
                "sha",
                120,
                attempt);
    }
}

package cn.wangben.scoring.schoolscore;

import static cn.wangben.scoring.schoolscore.Desks.COUNTY;
import static cn.wangben.scoring.schoolscore.Desks.PROGRAMME;
import static cn.wangben.scoring.schoolscore.Desks.SCHOOL;
import static cn.wangben.scoring.schoolscore.Desks.countyAdmin;
import static cn.wangben.scoring.schoolscore.Desks.schoolAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.platform.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorrectionDeskTest {
    private static final Instant APPROVED_AT = Instant.parse("2026-12-30T01:00:00Z");
    private final Desks desks = new Desks();

    @BeforeEach
    void reportTheSheet() {
        desks.fillIn();
        desks.sheet.report(schoolAdmin("s1"), PROGRAMME, SCHOOL);
    }

    @Test
    void aCorrectionWithoutTheCountysApprovalLeavesTheScoreUnchanged() {
        Correction requested = desks.corrections.request(schoolAdmin("s1"), PROGRAMME, SCHOOL, lessonToFirstTier());

        assertThat(requested.status()).isEqualTo(CorrectionStatus.PENDING);
        assertThat(score("ka")).isEqualTo(new BigDecimal("29.9"));
        assertThat(desks.storedEntries("ka").get("lesson")).isEqualTo(ItemEntry.choice("二档"));
        assertThatThrownBy(() -> desks.corrections.approve(schoolAdmin("s1"), PROGRAMME, SCHOOL, requested.id(), null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));

        Correction rejected =
                desks.corrections.reject(countyAdmin("qingshan"), PROGRAMME, SCHOOL, requested.id(), "证明材料不足");

        assertThat(rejected.status()).isEqualTo(CorrectionStatus.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("county-qingshan");
        assertThat(rejected.comment()).isEqualTo("证明材料不足");
        assertThat(score("ka")).isEqualTo(new BigDecimal("29.9"));
        assertThat(desks.board
                        .part(COUNTY, PROGRAMME, SCHOOL, "ka")
                        .orElseThrow()
                        .points())
                .isEqualTo(new BigDecimal("29.9"));
    }

    @Test
    void anApprovedCorrectionIsAppliedAndAuditedWithWhoWhenOldNewAndReason() {
        Correction requested = desks.corrections.request(schoolAdmin("s1"), PROGRAMME, SCHOOL, lessonToFirstTier());
        desks.clock.set(APPROVED_AT);

        Correction approved =
                desks.corrections.approve(countyAdmin("qingshan"), PROGRAMME, SCHOOL, requested.id(), "同意");

        assertThat(approved.status()).isEqualTo(CorrectionStatus.APPROVED);
        assertThat(approved.requestedBy()).isEqualTo("admin-s1");
        assertThat(approved.decidedBy()).isEqualTo("county-qingshan");
        assertThat(approved.decidedAt()).isEqualTo(APPROVED_AT);
        assertThat(approved.reason()).isEqualTo("汇报课复评为一档");
        assertThat(approved.before().entries().get("lesson")).isEqualTo(ItemEntry.choice("二档"));
        assertThat(approved.after().entries().get("lesson")).isEqualTo(ItemEntry.choice("一档"));
        assertThat(approved.before().attended()).containsExactly(1, 3);
        assertThat(approved.after().attended()).containsExactly(1, 2, 3);
        // 74.8 − 13.3 + 20 (3 of 3 attended) − 15 + 20 (一档) = 86.5 → 34.6 of 40
        assertThat(approved.before().rawTotal()).isEqualTo(new BigDecimal("74.8"));
        assertThat(approved.before().schoolScore()).isEqualTo(new BigDecimal("29.9"));
        assertThat(approved.after().rawTotal()).isEqualTo(new BigDecimal("86.5"));
        assertThat(approved.after().schoolScore()).isEqualTo(new BigDecimal("34.6"));
        assertThat(score("ka")).isEqualTo(new BigDecimal("34.6"));
        assertThat(desks.board.part(COUNTY, PROGRAMME, SCHOOL, "ka").orElseThrow())
                .satisfies(part -> {
                    assertThat(part.points()).isEqualTo(new BigDecimal("34.6"));
                    assertThat(part.status()).isEqualTo(PartStatus.REPORTED);
                });
        assertThat(desks.sheets.stored.get(SCHOOL).corrections()).containsExactly(approved);
        assertThatThrownBy(() ->
                        desks.corrections.approve(countyAdmin("qingshan"), PROGRAMME, SCHOOL, requested.id(), null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("correction-decided"));
    }

    @Test
    void aCorrectionNeedsAReportedSheetAReasonAndValidEntriesAndOnlyOneMayWaitPerTrainee() {
        CorrectionRequest noReason =
                new CorrectionRequest("ka", Map.of("lesson", ItemEntry.choice("五档")), List.of(9), " ");
        assertThatThrownBy(() -> desks.corrections.request(schoolAdmin("s1"), PROGRAMME, SCHOOL, noReason))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(DomainException.Violation::field)
                        .containsExactly("reason", "inputs.lesson", "attended[0]"));

        desks.corrections.request(schoolAdmin("s1"), PROGRAMME, SCHOOL, lessonToFirstTier());
        assertThatThrownBy(() -> desks.corrections.request(schoolAdmin("s1"), PROGRAMME, SCHOOL, lessonToFirstTier()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("correction-pending"));

        Desks unreported = new Desks();
        unreported.fillIn();
        assertThatThrownBy(
                        () -> unreported.corrections.request(schoolAdmin("s1"), PROGRAMME, SCHOOL, lessonToFirstTier()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("sheet-not-reported"));
    }

    private static CorrectionRequest lessonToFirstTier() {
        return new CorrectionRequest("ka", Map.of("lesson", ItemEntry.choice("一档")), List.of(1, 2, 3), " 汇报课复评为一档 ");
    }

    private BigDecimal score(String teacherKey) {
        return desks.sheet
                .grid(countyAdmin("qingshan"), PROGRAMME, SCHOOL)
                .row(teacherKey)
                .orElseThrow()
                .schoolScore();
    }
}

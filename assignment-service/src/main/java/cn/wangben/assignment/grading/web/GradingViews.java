package cn.wangben.assignment.grading.web;

import cn.wangben.assignment.grading.AuditEntry;
import cn.wangben.assignment.grading.Grade;
import cn.wangben.assignment.grading.GradingBand;
import cn.wangben.assignment.grading.GradingItem;
import cn.wangben.assignment.grading.ItemDetail;
import cn.wangben.assignment.grading.ItemStatus;
import cn.wangben.assignment.grading.NearCopyFlag;
import cn.wangben.assignment.grading.QueuePage;
import cn.wangben.platform.autoconfigure.PlatformAutoConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/** What graders see. Flags appear only here: no teacher view carries them. */
final class GradingViews {
    private GradingViews() {}

    record NearCopyView(String submissionId, String teacherId, BigDecimal similarity) {
        static NearCopyView of(NearCopyFlag f) {
            return new NearCopyView(f.submission().value(), f.teacher().value(), f.similarity());
        }
    }

    record GradeView(String band, BigDecimal score, String comment, String by, OffsetDateTime at) {
        static GradeView of(Grade g) {
            return g == null ? null : new GradeView(g.band(), g.score(), g.comment(), g.by(), time(g.at()));
        }
    }

    /** One queue row; {@code nearCopy} is the most similar match, {@code nearCopies} how many there are. */
    record RowView(
            String teacherId,
            String schoolId,
            String submissionId,
            Integer attempt,
            OffsetDateTime submittedAt,
            Integer characters,
            ItemStatus status,
            String band,
            BigDecimal score,
            int revision,
            boolean flagged,
            NearCopyView nearCopy,
            int nearCopies) {
        static RowView of(GradingItem i) {
            var a = i.attempt();
            var best = i.nearCopies().stream().max(Comparator.comparing(NearCopyFlag::similarity));
            return new RowView(
                    i.teacher().value(),
                    i.school() == null ? null : i.school().value(),
                    a == null ? null : a.submission().value(),
                    a == null ? null : a.number(),
                    a == null ? null : time(a.submittedAt()),
                    a == null ? null : a.characters(),
                    i.status(),
                    i.grade() == null ? null : i.grade().band(),
                    i.grade() == null ? null : i.grade().score(),
                    i.revision(),
                    !i.nearCopies().isEmpty(),
                    best.map(NearCopyView::of).orElse(null),
                    i.nearCopies().size());
        }
    }

    /** {@code next}: pass as {@code after} for the following page; null on the last page. */
    record PageView(List<RowView> items, String next) {
        static PageView of(QueuePage p) {
            return new PageView(
                    p.items().stream().map(RowView::of).toList(),
                    p.next() == null ? null : p.next().value());
        }
    }

    record BandView(String name, BigDecimal min, BigDecimal max) {
        static BandView of(GradingBand b) {
            return new BandView(b.name(), b.min(), b.max());
        }
    }

    record AuditView(
            AuditEntry.Kind kind,
            int revision,
            String submissionId,
            int attempt,
            GradeView before,
            GradeView after,
            String by,
            OffsetDateTime at,
            boolean afterRelease) {
        static AuditView of(AuditEntry e) {
            return new AuditView(
                    e.kind(),
                    e.revision(),
                    e.submission().value(),
                    e.attempt(),
                    GradeView.of(e.before()),
                    GradeView.of(e.after()),
                    e.by(),
                    time(e.at()),
                    e.afterRelease());
        }
    }

    /** One essay opened for grading: the row, the text, the module's bands, every flag and the audit trail. */
    record ItemView(
            String moduleId,
            String moduleTitle,
            int maxPoints,
            boolean released,
            RowView item,
            String text,
            GradeView grade,
            List<BandView> bands,
            List<NearCopyView> nearCopies,
            List<AuditView> history) {
        static ItemView of(ItemDetail d) {
            GradingItem i = d.item();
            return new ItemView(
                    d.module().id().value(),
                    d.module().title(),
                    d.module().maxPoints(),
                    d.module().released(),
                    RowView.of(i),
                    d.text(),
                    GradeView.of(i.grade()),
                    d.bands().stream().map(BandView::of).toList(),
                    i.nearCopies().stream().map(NearCopyView::of).toList(),
                    i.history().stream().map(AuditView::of).toList());
        }
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null
                ? null
                : instant.atZone(PlatformAutoConfiguration.PLATFORM_ZONE).toOffsetDateTime();
    }
}

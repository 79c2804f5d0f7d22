package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.schoolscore.SheetStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What still stands between a programme and its final results, in words for the county admin: every module released
 * and graded, every school's sheet reported (or the school cancelled). Each item names what to chase.
 */
final class ReadinessCheck {
    private ReadinessCheck() {}

    static List<String> missing(List<OnlineModule> modules, List<SchoolBoard> boards, Map<SchoolId, String> names) {
        List<String> missing = new ArrayList<>();
        if (modules.isEmpty()) {
            missing.add("尚未安排任何网络研修板块");
        }
        List<OnlineModule> byDue = new ArrayList<>(modules);
        byDue.sort(Comparator.comparing(OnlineModule::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.id().value()));
        for (OnlineModule m : byDue) {
            if (!m.released()) {
                missing.add("网络研修板块“" + m.shownTitle() + "”的成绩尚未发布");
                continue;
            }
            int ungraded = 0;
            for (SchoolBoard board : boards) {
                for (TraineeResult row : board.rows()) {
                    if (!row.exempt() && !counted(row, m)) {
                        ungraded++;
                    }
                }
            }
            if (ungraded > 0) {
                missing.add("网络研修板块“" + m.shownTitle() + "”：" + ungraded + " 名学员尚未评分");
            }
        }
        for (SchoolBoard board : boards) {
            school(board, names).ifPresent(missing::add);
        }
        return missing;
    }

    private static boolean counted(TraineeResult row, OnlineModule m) {
        return row.modules().stream()
                .anyMatch(r -> r.module().equals(m.id()) && r.outcome().counted());
    }

    private static Optional<String> school(SchoolBoard board, Map<SchoolId, String> names) {
        SchoolStats s = board.stats();
        long trainees = board.rows().stream().filter(r -> !r.exempt()).count();
        if (trainees == 0 || s.setup().cancelled()) {
            return Optional.empty();
        }
        String name = "学校“" + names.getOrDefault(s.school(), s.school().value()) + "”";
        if (s.sheet() == null || !s.sheet().settled()) {
            return Optional.of(name + "：校本研修成绩尚未报送（" + label(s.sheet()) + "）");
        }
        long unscored = board.rows().stream()
                .filter(r -> !r.exempt() && r.schoolPoints() == null)
                .count();
        return unscored == 0 ? Optional.empty() : Optional.of(name + "：" + unscored + " 名学员没有校本研修成绩");
    }

    private static String label(SheetState sheet) {
        SheetStatus status = sheet == null ? SheetStatus.NOT_STARTED : sheet.status();
        switch (status) {
            case IN_PROGRESS:
                return "评分中";
            case OVERDUE:
                return "已逾期";
            default:
                return "未开始";
        }
    }
}

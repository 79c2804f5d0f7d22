package cn.wangben.scoring.dashboard;

import cn.wangben.scoring.results.ModuleTally;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.PlanStatus;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.SchoolSetup;
import cn.wangben.scoring.results.SchoolStats;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The named rules that put a school on the officials' at-risk list. They depend on the time, so they are evaluated
 * when a dashboard is read, on the stored figures (never on raw submissions).
 */
final class RiskRules {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int PERCENT = 100;

    private RiskRules() {}

    static List<Risk> of(
            SchoolStats s, ProgrammeSettings p, List<OnlineModule> modules, Instant now, RiskSettings settings) {
        List<Risk> risks = new ArrayList<>();
        SchoolSetup setup = s.setup();
        if (setup.cancelled()) {
            risks.add(new Risk("SCHOOL_CANCELLED", "校本研修已按取消处理（逾期未提交：" + missing(setup) + "）"));
        } else if (p != null && watching(now, p.schoolPlanDeadline(), settings.planWarning())) {
            String due = "，截止时间 " + shown(p.schoolPlanDeadline(), settings);
            if (setup.plan() == PlanStatus.NONE) {
                risks.add(new Risk("PLAN_MISSING", "校本研修计划尚未提交" + due));
            } else if (setup.plan() == PlanStatus.RETURNED) {
                risks.add(new Risk("PLAN_MISSING", "校本研修计划被退回，尚未重新提交" + due));
            }
            if (!setup.rosterImported()) {
                risks.add(new Risk("ROSTER_MISSING", "学员信息表尚未导入" + due));
            }
        }
        for (OnlineModule m : modules) {
            if (m.dueAt() == null
                    || !watching(now, m.dueAt(), settings.submissionWindow())
                    || !now.isBefore(m.dueAt())
                    || s.enrolled() == 0) {
                continue;
            }
            int submitted = s.modules().stream()
                    .filter(t -> t.module().equals(m.id()))
                    .mapToInt(ModuleTally::submitted)
                    .sum();
            if (submitted * PERCENT < settings.submissionRatePercent() * s.enrolled()) {
                risks.add(new Risk(
                        "LOW_SUBMISSIONS",
                        "网络研修板块“" + m.shownTitle() + "”截止前提交 " + submitted + " / " + s.enrolled() + " 人，低于 "
                                + settings.submissionRatePercent() + "%，截止时间 " + shown(m.dueAt(), settings)));
            }
        }
        boolean reported = s.sheet() != null && s.sheet().settled();
        if (!setup.cancelled()
                && !reported
                && p != null
                && watching(now, p.schoolScoringDeadline(), settings.sheetWarning())) {
            int scored = s.sheet() == null ? 0 : s.sheet().scored();
            int trainees = s.sheet() == null ? s.enrolled() : s.sheet().trainees();
            risks.add(new Risk(
                    "SHEET_NOT_REPORTED",
                    "校本研修成绩尚未报送（已评 " + scored + " / " + trainees + " 人），截止时间 "
                            + shown(p.schoolScoringDeadline(), settings)));
        }
        return risks;
    }

    private static boolean watching(Instant now, Instant deadline, java.time.Duration warning) {
        return deadline != null && !now.isBefore(deadline.minus(warning));
    }

    private static String shown(Instant at, RiskSettings settings) {
        return SHOWN.format(at.atZone(settings.zone()));
    }

    private static String missing(SchoolSetup setup) {
        List<String> what = new ArrayList<>();
        for (String m : setup.missing()) {
            what.add("PLAN".equals(m) ? "计划" : "ROSTER".equals(m) ? "学员信息表" : m);
        }
        return what.isEmpty() ? "计划或学员信息表" : String.join("、", what);
    }
}

package cn.wangben.scoring.export;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.scoring.results.ModuleOutcome;
import cn.wangben.scoring.results.ModuleResult;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.Points;
import cn.wangben.scoring.results.TraineeResult;
import cn.wangben.scoring.schoolscore.PartStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a trainee's result into the words and figures of the export. */
public final class ResultLines {
    static final String PASSED = "合格";
    static final String FAILED = "不合格";
    static final String EXEMPT = "免修";
    static final String PROVISIONAL = "临时";
    static final String FINAL = "已定";

    private ResultLines() {}

    /**
     * The module columns of a school's sheet: the programme's modules by cutoff, then any module only this school's
     * rows name (its schedule has not arrived yet), so the modules shown always add up to 线上合计.
     */
    public static Map<ModuleId, String> columns(List<OnlineModule> programme, List<TraineeResult> rows) {
        Map<ModuleId, String> columns = new LinkedHashMap<>();
        programme.forEach(m -> columns.put(m.id(), m.shownTitle()));
        for (TraineeResult row : rows) {
            for (ModuleResult m : row.modules()) {
                columns.putIfAbsent(m.module(), m.title() == null ? m.module().value() : m.title());
            }
        }
        return columns;
    }

    public static ResultLine of(TraineeResult r, Map<ModuleId, String> columns, String maskedId, String school) {
        List<ModuleCell> cells = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        if (r.exempt()) {
            remarks.add(EXEMPT + "：" + r.exemption());
        }
        for (ModuleId column : columns.keySet()) {
            ModuleResult m = r.modules().stream()
                    .filter(x -> x.module().equals(column))
                    .findFirst()
                    .orElse(null);
            cells.add(cell(m));
            if (m != null && m.outcome() == ModuleOutcome.MISSED) {
                remarks.add(columns.get(column) + "缺交记0分");
            }
        }
        if (r.schoolStatus() == PartStatus.CANCELLED) {
            remarks.add(r.schoolReason() == null ? "学校已取消校本研修" : "学校已取消校本研修：" + r.schoolReason());
        } else if (!r.exempt() && r.schoolPoints() == null) {
            remarks.add("校本研修尚未评分");
        }
        return new ResultLine(
                r.teacherKey(),
                r.name(),
                maskedId,
                school,
                cells,
                Points.of(r.onlinePoints()),
                Points.of(r.schoolPoints()),
                Points.of(r.totalPoints()),
                r.exempt(),
                r.passed(),
                r.exempt() ? EXEMPT : r.passed() ? PASSED : FAILED,
                r.finalized() ? FINAL : PROVISIONAL,
                r.creditedHours(),
                String.join("；", remarks));
    }

    private static ModuleCell cell(ModuleResult m) {
        if (m == null) {
            return ModuleCell.EMPTY;
        }
        if (m.score() != null) {
            return new ModuleCell(Points.of(m.score()), null);
        }
        return new ModuleCell(null, label(m.outcome()));
    }

    /** Why a module has no score yet; the county sees at a glance who is waiting for whom. */
    static String label(ModuleOutcome outcome) {
        return switch (outcome) {
            case AWAITING_RELEASE -> "待发布";
            case AWAITING_GRADE -> "待评分";
            case NOT_GRADED -> "未评分";
            case PENDING -> "未提交";
            case SCORED, MISSED -> null;
        };
    }
}

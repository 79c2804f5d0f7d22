package cn.wangben.scoring.schoolscore.xlsx;

import cn.wangben.contracts.plan.RubricSpec;
import cn.wangben.scoring.schoolscore.Grid;
import cn.wangben.scoring.schoolscore.SheetColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's second sheet: how each item is scored and what to enter, in the school's own terms. */
final class SheetGuide {
    private SheetGuide() {}

    static void write(XSSFWorkbook workbook, Grid grid, CellStyle bold) {
        Sheet sheet = workbook.createSheet(SheetLayout.GUIDE);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"说明", "在“" + SheetLayout.SHEET + "”中填写各项目后上传；合计、折算、出勤项由系统计算，上传时不读取；请勿修改表头和隐藏的学员编号列。"});
        if (grid.declaredTotal() != null) {
            lines.add(new String[] {
                "折算",
                "考核细则满分" + SheetLayout.show(grid.declaredTotal()) + "分，按比例折算为" + SheetLayout.show(grid.schoolPoints())
                        + "分，保留一位小数（四舍五入）"
            });
        }
        if (grid.cancelledReason() != null) {
            lines.add(new String[] {"状态", grid.cancelledReason() + "，全体学员校本研修成绩记0分"});
        }
        for (SheetColumn item : grid.columns()) {
            lines.add(new String[] {item.title() + "（" + SheetLayout.show(item.max()) + "分）", rule(item)});
        }
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(lines.get(i)[0]);
            row.getCell(0).setCellStyle(bold);
            row.createCell(1).setCellValue(lines.get(i)[1]);
        }
    }

    private static String rule(SheetColumn item) {
        String options = item.options().stream()
                .map(o -> o.name() + " " + SheetLayout.show(o.points()) + "分")
                .collect(Collectors.joining("、"));
        return switch (item.kind()) {
            case "TIERS" -> "固定档次，填写档次名称：" + options;
            case "LEVELS" -> "指标等级，填写等级名称：" + options;
            case "DEDUCTION" ->
                "按次扣分，填写次数：每次扣" + SheetLayout.show(item.perOccurrence()) + "分"
                        + (item.deductionCap() == null ? "" : "，最多扣" + SheetLayout.show(item.deductionCap()) + "分");
            case "SEVERITY_DEDUCTION" -> "按情节扣分，在各情节列填写次数（空白按0次）：" + deductions(item.options());
            case "ADDITION" -> "按次加分，在各事项列填写次数（空白按0次），加满" + SheetLayout.show(item.max()) + "分为止：" + options;
            case "ATTENDANCE" -> "出勤比例，按出勤记录自动计算：满分 × 出勤次数 ÷ 计划活动数";
            default -> "直接填写分数，0至" + SheetLayout.show(item.max()) + "分，最多一位小数";
        };
    }

    private static String deductions(List<RubricSpec.Option> options) {
        return options.stream()
                .map(o -> o.name() + "每次扣" + SheetLayout.show(o.points()) + "分")
                .collect(Collectors.joining("、"));
    }
}

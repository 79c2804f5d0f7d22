package cn.wangben.scoring.export.xlsx;

import cn.wangben.scoring.export.CountyResults;
import cn.wangben.scoring.export.ModuleCell;
import cn.wangben.scoring.export.ResultLine;
import cn.wangben.scoring.export.SchoolSheet;
import cn.wangben.scoring.export.SchoolSummary;
import cn.wangben.scoring.results.Points;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The county's results by school as .xlsx: a summary sheet (one line per school, then the county's total) and one
 * sheet per school listing every trainee. Written with the streaming workbook: rows beyond a small window go to a
 * temporary file, and only one school's rows are loaded at a time, so 30,000 teachers take no more memory than 300.
 */
public final class CountyWorkbook {
    public static final String SUMMARY = "汇总";
    public static final List<String> SUMMARY_HEADERS = List.of("学校", "参训人数", "免修人数", "合格人数", "合格率", "平均分", "学时认定人数");
    static final String COUNTY_TOTAL = "全县合计";
    /** Rows kept in memory per sheet; the rest are flushed to the temporary file. */
    static final int WINDOW = 200;

    private CountyWorkbook() {}

    /** The columns of a school's sheet: the module titles sit between 学校 and 线上合计. */
    public static List<String> schoolHeaders(List<String> modules) {
        List<String> headers = new ArrayList<>(List.of("姓名", "身份证号", "学校"));
        headers.addAll(modules);
        headers.addAll(List.of("线上合计", "校本得分", "总分", "是否合格", "状态", "认定学时", "备注"));
        return headers;
    }

    public static void write(CountyResults results, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = Styles.of(workbook);
            Sheet summary = workbook.createSheet(SUMMARY);
            styles.header(summary, SUMMARY_HEADERS, 12);
            summary.setColumnWidth(0, 28 * 256);
            SheetNames names = new SheetNames(SUMMARY);
            List<SchoolSummary> lines = new ArrayList<>();
            results.forEachSchool(school -> {
                schoolSheet(workbook.createSheet(names.next(school.school().name())), school, styles);
                SchoolSummary line = SchoolSummary.of(school.school().name(), school.lines());
                summaryRow(summary.createRow(lines.size() + 1), line, styles, false);
                lines.add(line);
            });
            SchoolSummary total = new SchoolSummary(COUNTY_TOTAL, 0, 0, 0, 0, Points.ZERO);
            for (SchoolSummary line : lines) {
                total = total.plus(line, COUNTY_TOTAL);
            }
            int next = lines.size() + 1;
            summaryRow(summary.createRow(next), total, styles, true);
            notes(summary, next + 2, results, styles);
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }

    private static void schoolSheet(Sheet sheet, SchoolSheet school, Styles styles) {
        styles.header(sheet, schoolHeaders(school.modules()), 10);
        sheet.setColumnWidth(1, 21 * 256);
        sheet.setColumnWidth(2, 24 * 256);
        int r = 1;
        for (ResultLine line : school.lines()) {
            Row row = sheet.createRow(r++);
            int c = 0;
            Styles.text(row, c++, line.name(), null);
            Styles.text(row, c++, line.maskedId(), null);
            Styles.text(row, c++, line.school(), null);
            for (ModuleCell cell : line.modules()) {
                if (cell.score() != null) {
                    Styles.points(row, c, cell.score(), styles.oneDecimal);
                } else {
                    Styles.text(row, c, cell.label(), null);
                }
                c++;
            }
            Styles.points(row, c++, line.onlinePoints(), styles.oneDecimal);
            Styles.points(row, c++, line.schoolPoints(), styles.oneDecimal);
            Styles.points(row, c++, line.totalPoints(), styles.oneDecimal);
            Styles.text(row, c++, line.verdict(), null);
            Styles.text(row, c++, line.state(), null);
            Styles.count(row, c++, line.creditedHours(), null);
            Styles.text(row, c, line.remarks().isEmpty() ? null : line.remarks(), null);
        }
        sheet.setColumnWidth(schoolHeaders(school.modules()).size() - 1, 48 * 256);
    }

    private static void summaryRow(Row row, SchoolSummary line, Styles styles, boolean total) {
        Styles.text(row, 0, line.school(), total ? styles.bold : null);
        Styles.count(row, 1, line.trainees(), total ? styles.bold : null);
        Styles.count(row, 2, line.exempt(), total ? styles.bold : null);
        Styles.count(row, 3, line.passed(), total ? styles.bold : null);
        Styles.percent(row, 4, line.passRate(), total ? styles.boldPercent : styles.percent);
        Styles.points(row, 5, line.average(), total ? styles.boldOneDecimal : styles.oneDecimal);
        Styles.count(row, 6, line.certified(), total ? styles.bold : null);
    }

    /** What a reader of the printed summary needs to know: which programme, and whether the figures may still move. */
    private static void notes(Sheet summary, int first, CountyResults results, Styles styles) {
        Styles.text(summary.createRow(first), 0, "研修项目：" + results.programme().name(), null);
        Styles.text(
                summary.createRow(first + 1),
                0,
                results.finalized() ? "结果状态：已定（县级已确认）" : "结果状态：临时（县级确认前，成绩仍可能变动）",
                styles.bold);
        Styles.text(summary.createRow(first + 2), 0, "说明：免修教师不计入参训人数、合格人数、合格率和平均分；平均分为总分的平均值。", null);
    }
}

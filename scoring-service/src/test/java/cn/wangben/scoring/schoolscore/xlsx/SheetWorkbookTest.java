package cn.wangben.scoring.schoolscore.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.platform.domain.DomainException.Violation;
import cn.wangben.scoring.schoolscore.AttendanceRecord;
import cn.wangben.scoring.schoolscore.Grid;
import cn.wangben.scoring.schoolscore.GridCalculator;
import cn.wangben.scoring.schoolscore.ItemEntry;
import cn.wangben.scoring.schoolscore.RowChange;
import cn.wangben.scoring.schoolscore.SchoolFixtures;
import cn.wangben.scoring.schoolscore.ScoreSheet;
import cn.wangben.scoring.schoolscore.UploadedSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetWorkbookTest {
    private static final List<String> HEADERS = List.of(
            "姓名",
            "身份证号",
            "出勤（20分，按出勤记录自动计算）",
            "学习十九大精神（10分，每次扣1分）次数",
            "师德师风（10分）严重次数",
            "师德师风（10分）较轻次数",
            "新教师汇报课（20分）",
            "一师一优课（15分）",
            "班级管理（10分）先进班级次数",
            "班级管理（10分）联合体出课次数",
            "读书交流会（15分）",
            "合计",
            "折算40分",
            "学员编号");
    private final XlsxSheetWorkbooks workbooks = new XlsxSheetWorkbooks();

    @Test
    void writesChineseHeadersEachItemWithItsMaximumAndTheTotalsScaledToForty() throws IOException {
        try (XSSFWorkbook workbook = open(workbooks.write(filledIn()))) {
            Sheet sheet = workbook.getSheet("校本研修成绩表");
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(HEADERS);
            assertThat(sheet.isColumnHidden(13)).isTrue();
            Row li = sheet.getRow(1);
            assertThat(li.getCell(0).getStringCellValue()).isEqualTo("李文");
            assertThat(li.getCell(2).getNumericCellValue()).isEqualTo(13.3);
            assertThat(li.getCell(6).getStringCellValue()).isEqualTo("二档");
            assertThat(li.getCell(11).getNumericCellValue()).isEqualTo(74.8);
            assertThat(li.getCell(12).getNumericCellValue()).isEqualTo(29.9);
            assertThat(li.getCell(13).getStringCellValue()).isEqualTo("ka");
            assertThat(workbook.getSheet("填写说明").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("考核细则满分100分，按比例折算为40分，保留一位小数（四舍五入）");
        }
    }

    @Test
    void readsBackTheEntriesItWroteSoADownloadedSheetUploadsUnchanged() {
        Grid grid = filledIn();

        UploadedSheet uploaded = workbooks.read(new ByteArrayInputStream(workbooks.write(grid)), grid);

        assertThat(uploaded.problems()).isEmpty();
        assertThat(uploaded.rows()).extracting(RowChange::teacherKey).containsExactly("ka", "kb");
        Map<String, ItemEntry> li = uploaded.rows().get(0).entries();
        assertThat(li.get("lesson")).isEqualTo(ItemEntry.choice("二档"));
        assertThat(li.get("politics").count()).isEqualByComparingTo("2");
        assertThat(li.get("ethics").counts()).containsOnlyKeys("严重", "较轻");
        assertThat(li.get("ethics").counts().get("较轻")).isEqualByComparingTo("1");
        assertThat(li.get("ethics").counts().get("严重")).isEqualByComparingTo("0");
        assertThat(li.get("reading").points()).isEqualByComparingTo("12.5");
        assertThat(li).doesNotContainKey("attendance");
        Map<String, ItemEntry> wang = uploaded.rows().get(1).entries();
        assertThat(wang.get("ethics").counts().values()).allMatch(n -> n.signum() == 0); // entered as "none", not empty
        assertThat(uploaded.rows().get(0).cells()).containsEntry("lesson", "G2").containsEntry("ethics", "E2");
    }

    @Test
    void namesEveryUnreadableCellByRowAndColumnAndMatchesRowsByNameWithoutTheKeyColumn() throws IOException {
        Grid grid = filledIn();
        List<String> headers = HEADERS.subList(0, 11); // no totals, no key column
        byte[] file = workbook(
                headers, List.of(List.of("李文", "", "", "两次", "", "", "一档"), List.of(), List.of("无名氏", "", "", "1")));

        UploadedSheet uploaded = workbooks.read(new ByteArrayInputStream(file), grid);

        assertThat(uploaded.problems()).containsExactly(new Violation("D2", "第2行 D列“学习十九大精神”：应填写数字，实际为“两次”"));
        assertThat(uploaded.rows()).extracting(RowChange::teacherKey).containsExactly("ka", null);
        assertThat(uploaded.rows().get(0).entries())
                .doesNotContainKey("politics")
                .containsEntry("lesson", ItemEntry.choice("一档"));
        assertThat(uploaded.rows().get(0).entries().get("reading")).isNull(); // empty cell: clears the item
        assertThat(uploaded.rows().get(1).rowLabel()).isEqualTo("第4行");
    }

    @Test
    void aMissingColumnOrAFileThatIsNoWorkbookIsRefusedInChinese() throws IOException {
        Grid grid = filledIn();
        List<String> withoutReading = HEADERS.subList(0, 10);

        assertThat(workbooks
                        .read(new ByteArrayInputStream(workbook(withoutReading, List.of())), grid)
                        .problems())
                .containsExactly(new Violation("header", "第1行（表头）缺少列“读书交流会（15分）”，请使用下载的成绩表，不要修改表头"));
        assertThat(workbooks
                        .read(new ByteArrayInputStream("姓名,身份证号".getBytes(StandardCharsets.UTF_8)), grid)
                        .problems())
                .containsExactly(new Violation("file", "文件不是有效的 Excel 工作簿（.xlsx），请在下载的成绩表中填写后上传"));
    }

    /** 李文 and 王芳 fully entered, with 李文 at activities 1 and 3, 王芳 at all three. */
    static Grid filledIn() {
        Instant at = Instant.parse("2026-12-20T02:00:00Z");
        ScoreSheet empty = SchoolFixtures.emptySheet();
        ScoreSheet sheet = new ScoreSheet(
                empty.county(),
                empty.programme(),
                empty.school(),
                1,
                Map.of("ka", SchoolFixtures.entriesOfA(), "kb", SchoolFixtures.entriesOfB()),
                Map.of(
                        1, new AttendanceRecord(1, Set.of("ka", "kb"), "admin", at),
                        2, new AttendanceRecord(2, Set.of("kb"), "admin", at),
                        3, new AttendanceRecord(3, Set.of("ka", "kb"), "admin", at)),
                List.of(),
                null,
                null,
                null);
        List<RosteredTeacher> roster = List.of(SchoolFixtures.teacher("ka", "李文"), SchoolFixtures.teacher("kb", "王芳"));
        return GridCalculator.compute(SchoolFixtures.sheetCase(sheet, roster, Map.of(), false));
    }

    private static byte[] workbook(List<String> headers, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("校本研修成绩表");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}

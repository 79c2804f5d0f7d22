package cn.wangben.scoring.export.xlsx;

import static cn.wangben.scoring.export.Trainees.cancelled;
import static cn.wangben.scoring.export.Trainees.exempt;
import static cn.wangben.scoring.export.Trainees.scored;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.export.CountyResults;
import cn.wangben.scoring.export.ResultLine;
import cn.wangben.scoring.export.ResultLines;
import cn.wangben.scoring.export.SchoolRef;
import cn.wangben.scoring.export.SchoolSheet;
import cn.wangben.scoring.export.Trainees;
import cn.wangben.scoring.results.TraineeResult;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountyWorkbookTest {
    private static final Map<ModuleId, String> COLUMNS = ResultLines.columns(Trainees.modules(), List.of());
    private static final List<String> SCHOOL_HEADERS =
            List.of("姓名", "身份证号", "学校", "队伍建设", "师德师风", "信息技术", "线上合计", "校本得分", "总分", "是否合格", "状态", "认定学时", "备注");

    @Test
    void aSummaryBySchoolWithTheCountyTotalThenOneSheetPerSchoolWithEveryTrainee() throws Exception {
        SchoolRef first = new SchoolRef(SchoolId.of("s1"), "青山县第一中学");
        SchoolRef second = new SchoolRef(SchoolId.of("s2"), "青山县第二小学");
        Map<SchoolRef, List<TraineeResult>> rows = Map.of(
                first,
                List.of(
                        scored("ka", "李文", "s1", "32.6", "18.0", "17.5", "19.0"),
                        scored("kb", "王芳", "s1", "38.8", "6.0", "-", "8.0"),
                        exempt("kx", "刘洋", "s1", "国培送教")),
                second,
                List.of(cancelled("kc", "陈静", "s2", "20.0", "20.0", "20.0")));
        CountyResults results = new CountyResults(
                Trainees.SETTINGS, false, List.of(first, second), school -> sheet(school, rows.get(school)));

        Map<String, List<List<String>>> book = XlsxReading.read(write(results));

        assertThat(book.keySet()).containsExactly("汇总", "青山县第一中学", "青山县第二小学");
        List<List<String>> summary = book.get("汇总");
        assertThat(summary.get(0)).containsExactly("学校", "参训人数", "免修人数", "合格人数", "合格率", "平均分", "学时认定人数");
        assertThat(summary.get(1)).containsExactly("青山县第一中学", "2", "1", "1", "50.0%", "70.0", "1");
        assertThat(summary.get(2)).containsExactly("青山县第二小学", "1", "0", "1", "100.0%", "60.0", "1");
        // (87.1 + 52.8 + 60.0) / 3 = 66.63…: the county's average is of all trainees, not of the schools' averages
        assertThat(summary.get(3)).containsExactly("全县合计", "3", "1", "2", "66.7%", "66.6", "2");
        assertThat(summary.get(6).get(0)).isEqualTo("结果状态：临时（县级确认前，成绩仍可能变动）");

        List<List<String>> school = book.get("青山县第一中学");
        assertThat(school.get(0)).containsExactlyElementsOf(SCHOOL_HEADERS);
        assertThat(row(school, "李文"))
                .containsExactly(
                        "李文",
                        "330102********0ka",
                        "青山县第一中学",
                        "18.0",
                        "17.5",
                        "19.0",
                        "54.5",
                        "32.6",
                        "87.1",
                        "合格",
                        "临时",
                        "36");
        assertThat(row(school, "王芳"))
                .containsExactly(
                        "王芳",
                        "330102********0kb",
                        "青山县第一中学",
                        "6.0",
                        "0.0",
                        "8.0",
                        "14.0",
                        "38.8",
                        "52.8",
                        "不合格",
                        "临时",
                        "0",
                        "师德师风缺交记0分");
        assertThat(row(school, "刘洋"))
                .containsExactly(
                        "刘洋", "330102********0kx", "青山县第一中学", "", "", "", "", "", "", "免修", "临时", "0", "免修：国培送教");
        assertThat(row(book.get("青山县第二小学"), "陈静").subList(6, 13))
                .containsExactly("60.0", "0.0", "60.0", "合格", "临时", "36", "学校已取消校本研修：逾期未提交计划或名册，校本研修按取消处理");
    }

    @Test
    void finalResultsAreMarkedFinalOnEveryRowAndInTheSummary() throws Exception {
        SchoolRef school = new SchoolRef(SchoolId.of("s1"), "青山县第一中学");
        TraineeResult frozen =
                scored("ka", "李文", "s1", "32.6", "18.0", "17.5", "19.0").finalizedWith("ABCD");
        Map<String, List<List<String>>> book = XlsxReading.read(
                write(new CountyResults(Trainees.SETTINGS, true, List.of(school), s -> sheet(s, List.of(frozen)))));
        assertThat(row(book.get("青山县第一中学"), "李文").get(10)).isEqualTo("已定");
        assertThat(book.get("汇总").get(5).get(0)).isEqualTo("结果状态：已定（县级已确认）");
    }

    /**
     * 100 schools of 300 teachers, generated while the workbook is written (one school at a time, as the desk loads
     * them): every row is read back and its figures checked against exact decimal arithmetic.
     */
    @Test
    void aCountyOfThirtyThousandTeachersIsStreamedAndReadsBackExactly(@TempDir Path dir) throws Exception {
        int schools = 100;
        int perSchool = 300;
        List<SchoolRef> refs = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            refs.add(new SchoolRef(SchoolId.of("s" + s), "青山县第" + (s + 1) + "小学"));
        }
        AtomicInteger loaded = new AtomicInteger();
        CountyResults results = new CountyResults(Trainees.SETTINGS, false, refs, school -> {
            loaded.incrementAndGet();
            int s = Integer.parseInt(school.id().value().substring(1));
            List<TraineeResult> rows = new ArrayList<>();
            for (int t = 0; t < perSchool; t++) {
                rows.add(generated(s * perSchool + t, school.id().value()));
            }
            return sheet(school, rows);
        });
        Path file = dir.resolve("county.xlsx");
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            CountyWorkbook.write(results, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("export of %d rows: %d ms, %d KB%n", schools * perSchool, millis, Files.size(file) / 1024);
        assertThat(loaded).hasValue(schools);

        Map<String, List<List<String>>> book = XlsxReading.read(file);
        assertThat(book).hasSize(schools + 1);
        int passed = 0;
        int rowsRead = 0;
        for (int s = 0; s < schools; s++) {
            List<List<String>> sheet = book.get("青山县第" + (s + 1) + "小学");
            assertThat(sheet.get(0)).containsExactlyElementsOf(SCHOOL_HEADERS);
            assertThat(sheet).hasSize(perSchool + 1);
            for (List<String> row : sheet.subList(1, sheet.size())) {
                int i = Integer.parseInt(row.get(0).substring(2));
                BigDecimal[] m = scores(i);
                BigDecimal total = m[0].add(m[1]).add(m[2]).add(m[3]);
                boolean pass = total.compareTo(BigDecimal.valueOf(60)) >= 0;
                passed += pass ? 1 : 0;
                assertThat(row.subList(1, 12))
                        .containsExactly(
                                masked(i),
                                "青山县第" + (s + 1) + "小学",
                                m[0].toPlainString(),
                                m[1].toPlainString(),
                                m[2].toPlainString(),
                                m[0].add(m[1]).add(m[2]).toPlainString(),
                                m[3].toPlainString(),
                                total.toPlainString(),
                                pass ? "合格" : "不合格",
                                "临时",
                                pass ? "36" : "0");
                rowsRead++;
            }
        }
        assertThat(rowsRead).isEqualTo(30_000);
        List<String> county = book.get("汇总").get(schools + 1);
        assertThat(county.subList(0, 4)).containsExactly("全县合计", "30000", "0", String.valueOf(passed));
        assertThat(county.get(6)).isEqualTo(String.valueOf(passed));
    }

    static SchoolSheet sheet(SchoolRef school, List<TraineeResult> rows) {
        List<ResultLine> lines = rows.stream()
                .map(r -> ResultLines.of(r, COLUMNS, "330102********0" + r.teacherKey(), school.name()))
                .toList();
        return new SchoolSheet(school, List.copyOf(COLUMNS.values()), lines);
    }

    private static TraineeResult generated(int i, String school) {
        BigDecimal[] m = scores(i);
        TraineeResult r = scored(
                "k" + i,
                "教师" + i,
                school,
                m[3].toPlainString(),
                m[0].toPlainString(),
                m[1].toPlainString(),
                m[2].toPlainString());
        return r;
    }

    /** Three module scores 0.0–20.0 and a school part 0.0–40.0, spread over every tenth. */
    private static BigDecimal[] scores(int i) {
        return new BigDecimal[] {
            BigDecimal.valueOf(i % 201, 1),
            BigDecimal.valueOf((i * 7L) % 201, 1),
            BigDecimal.valueOf((i * 13L) % 201, 1),
            BigDecimal.valueOf((i * 3L) % 401, 1)
        };
    }

    private static String masked(int i) {
        return "330102********0k" + i;
    }

    private static List<String> row(List<List<String>> sheet, String name) {
        return sheet.stream()
                .filter(r -> !r.isEmpty() && r.get(0).equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static byte[] write(CountyResults results) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountyWorkbook.write(results, out);
        return out.toByteArray();
    }
}

package cn.wangben.scoring.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.export.HoursLine;
import cn.wangben.scoring.export.HoursList;
import cn.wangben.scoring.export.SchoolRef;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoursWorkbookTest {
    private static final String PROGRAMME = "2026-2027第一学期教师网本研修";
    private static final LocalDate ON = LocalDate.of(2027, 1, 5);

    @Test
    void oneListNumberedAcrossSchoolsWithMaskedIdsCertificatesAndTheFinalizationDate() throws Exception {
        SchoolRef first = new SchoolRef(SchoolId.of("s1"), "青山县第一中学");
        SchoolRef second = new SchoolRef(SchoolId.of("s2"), "青山县第二小学");
        Map<SchoolRef, List<HoursLine>> lines = Map.of(
                first,
                List.of(line("ka", "李文", first, "ABCDEFGH12345678")),
                second,
                List.of(line("kc", "陈静", second, "ZYXWVUTS98765432"), line("kd", "张伟", second, "MNPQRSTV23456789")));
        HoursList list = new HoursList(PROGRAMME, List.of(first, second), lines::get);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HoursWorkbook.write(list, out);

        Map<String, List<List<String>>> book = XlsxReading.read(out.toByteArray());
        assertThat(book.keySet()).containsExactly("学时认定名单");
        List<List<String>> rows = book.get("学时认定名单");
        assertThat(rows.get(0)).containsExactly("序号", "姓名", "身份证号", "学校", "培训项目", "认定学时", "证书编号", "认定日期");
        assertThat(rows.subList(1, rows.size()))
                .containsExactly(
                        List.of(
                                "1",
                                "李文",
                                "330102********1234",
                                "青山县第一中学",
                                PROGRAMME,
                                "36",
                                "ABCDEFGH12345678",
                                "2027-01-05"),
                        List.of(
                                "2",
                                "陈静",
                                "330102********1234",
                                "青山县第二小学",
                                PROGRAMME,
                                "36",
                                "ZYXWVUTS98765432",
                                "2027-01-05"),
                        List.of(
                                "3",
                                "张伟",
                                "330102********1234",
                                "青山县第二小学",
                                PROGRAMME,
                                "36",
                                "MNPQRSTV23456789",
                                "2027-01-05"));
        assertThat(list.fileName()).isEqualTo(PROGRAMME + "-学时认定名单.xlsx");
    }

    private static HoursLine line(String key, String name, SchoolRef school, String code) {
        return new HoursLine(key, name, "330102********1234", school.name(), PROGRAMME, 36, code, ON);
    }
}

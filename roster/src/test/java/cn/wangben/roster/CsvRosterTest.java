package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRosterTest {

    @Test
    void readsGbkCsvAsSavedByChineseExcelIncludingAQuotedComma() throws IOException {
        RosterResult result = Rosters.importFile("gbk.csv", false);

        assertThat(result.errors()).isEmpty();
        assertThat(result.teachers())
                .extracting(RosterTeacher::row, RosterTeacher::name, RosterTeacher::title, RosterTeacher::stage)
                .containsExactly(
                        tuple(2, "马丽", "一级教师,班主任", Stage.PRIMARY),
                        tuple(3, "朱军", "高级教师", Stage.JUNIOR_SECONDARY),
                        tuple(4, "胡娟", "", Stage.KINDERGARTEN));
    }

    @Test
    void readsUtf8CsvWithByteOrderMarkAndReportsItsBadChecksum() throws IOException {
        RosterResult result = Rosters.importFile("utf8-bom.csv", true);

        assertThat(result.headerRow()).isEqualTo(1);
        assertThat(result.teachers()).extracting(RosterTeacher::name).containsExactly("郭涛");
        assertThat(result.errors()).containsExactly(new RowError(3, "身份证号", "身份证号校验位不正确，请核对是否填错"));
    }

    @Test
    void readsUtf8CsvWithSynonymHeadersInAnUnusualOrder() throws IOException {
        RosterResult result = Rosters.importFile("utf8-reordered.csv", false);

        assertThat(result.teachers()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("杨超");
            assertThat(t.subject()).isEqualTo("科学");
            assertThat(t.yearsOfTeaching()).isEqualTo(6);
            assertThat(t.phone().masked()).isEqualTo("138****0000");
        });
    }

    @Test
    void rejectsCsvWithHeaderButNoTeachers() {
        assertThatThrownBy(() -> Rosters.importFile("header-only.csv", false))
                .isInstanceOf(RosterFormatException.class)
                .hasMessage("表中没有学员数据：第1行表头之下没有内容");
    }

    @Test
    void acceptsNamesWithFullWidthSpacesAndFullWidthDigits() throws IOException {
        String csv = "姓名,性别,身份证号,手机号,学段,学科,职称,教龄\n" + "李　文,女," + Messy.fullWidth(TestIds.id(Messy.LI_WEN))
                + ",１３８００００５６７８,小学,语文,,１２年\n";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GBK")}) {
            RosterResult result = Rosters.importer().importRoster(new ByteArrayInputStream(csv.getBytes(charset)));

            assertThat(result.errors()).isEmpty();
            assertThat(result.teachers()).singleElement().satisfies(t -> {
                assertThat(t.name()).isEqualTo("李文");
                assertThat(t.idNumber().hash()).isEqualTo(TestIds.protector().hashId(TestIds.id(Messy.LI_WEN)));
                assertThat(t.phone().masked()).isEqualTo("138****5678");
                assertThat(t.yearsOfTeaching()).isEqualTo(12);
            });
        }
    }
}

package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same messy roster saved as .xlsx and as .xls must give the same report. */
class MessyWorkbookTest {

    @ParameterizedTest
    @ValueSource(strings = {"messy.xlsx", "messy.xls"})
    void reportsEveryBadRowWithItsSpreadsheetRowNumberAndHeader(String file) throws IOException {
        RosterResult result = Rosters.importFile(file, false);

        assertThat(result.headerRow()).isEqualTo(4);
        assertThat(result.dataRows()).isEqualTo(12);
        assertThat(result.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        tuple(5, "身份证号码"),
                        tuple(7, "身份证号码"),
                        tuple(9, "身份证号码"),
                        tuple(10, "身份证号码"),
                        tuple(11, "性别"),
                        tuple(12, "联系电话"),
                        tuple(13, "任教学段"),
                        tuple(14, "从教年限"),
                        tuple(16, "姓名"));
        assertThat(result.errors())
                .extracting(RowError::problem)
                .containsExactly(
                        "身份证号与第9行重复",
                        "身份证号校验位不正确，请核对是否填错",
                        "身份证号与第5行重复",
                        "身份证号中的出生日期无效",
                        "性别与身份证号不符（第17位奇数为男、偶数为女）",
                        "手机号应为以1开头的11位数字",
                        "学段应为幼儿园、小学、初中或高中",
                        "教龄应为0–50之间的整数",
                        "姓名不能为空");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messy.xlsx", "messy.xls"})
    void acceptsNobodyWhenAnyRowIsBadByDefault(String file) throws IOException {
        RosterResult result = Rosters.importFile(file, false);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.teachers()).isEmpty();
        assertThat(result.rejectedRows()).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messy.xlsx", "messy.xls"})
    void acceptsTheValidRowsNormalisedWhenAskedTo(String file) throws IOException {
        RosterResult result = Rosters.importFile(file, true);

        assertThat(result.teachers())
                .extracting(RosterTeacher::row, RosterTeacher::name, RosterTeacher::yearsOfTeaching)
                .containsExactly(tuple(6, "赵六", 5), tuple(15, "王小明", 12), tuple(17, "林小雨", 0));
        RosterTeacher zhao = result.teachers().get(0);
        // full-width digits and a lower-case x were typed; the stored ID is the normalised one
        assertThat(zhao.idNumber().hash()).isEqualTo(TestIds.protector().hashId(TestIds.id(Messy.ZHAO_LIU)));
        assertThat(zhao.idNumber().masked()).isEqualTo("990101********029X");
        assertThat(zhao.phone().masked()).isEqualTo("139****2345");
        assertThat(TestIds.protector().revealPhone(zhao.phone())).isEqualTo("13900012345");
        assertThat(zhao.gender()).isEqualTo(Gender.MALE);
        assertThat(zhao.stage()).isEqualTo(Stage.JUNIOR_SECONDARY);
        RosterTeacher lin = result.teachers().get(2);
        assertThat(lin.stage()).isEqualTo(Stage.KINDERGARTEN);
        assertThat(lin.subject()).isEmpty();
        assertThat(TestIds.protector().revealPhone(lin.phone())).isEqualTo("15900009999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messy.xlsx", "messy.xls"})
    void readsTheSameFromAnUploadStreamAsFromAFile(String file) throws IOException {
        try (InputStream upload = Files.newInputStream(Rosters.file(file))) {
            RosterResult result = Rosters.importer().importRoster(upload, true);

            assertThat(result.teachers()).hasSize(3);
            assertThat(result.errors()).hasSize(9);
        }
    }
}

package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderAndCrossCheckTest {

    @Test
    void mapsColumnsByHeaderWhateverTheirOrder() throws IOException {
        RosterResult result = Rosters.importFile("unusual-order.xlsx", false);

        assertThat(result.errors()).isEmpty();
        assertThat(result.teachers())
                .extracting(
                        RosterTeacher::name,
                        RosterTeacher::gender,
                        RosterTeacher::stage,
                        RosterTeacher::subject,
                        RosterTeacher::title,
                        RosterTeacher::yearsOfTeaching)
                .containsExactly(
                        tuple("何静", Gender.MALE, Stage.PRIMARY, "音乐", "一级教师", 15),
                        tuple("罗敏", Gender.FEMALE, Stage.KINDERGARTEN, "", "", 3),
                        tuple("高强", Gender.MALE, Stage.SENIOR_SECONDARY, "数学", "高级教师", 28));
    }

    @Test
    void reportsTeachersAlreadyRegisteredByAnotherSchoolOfTheCounty() throws IOException {
        String luoMin = TestIds.protector().hashId(TestIds.id("99020019930620024"));
        KnownIdentity register = hash -> hash.equals(luoMin) ? Optional.of("school-42") : Optional.empty();

        RosterResult result = new RosterImporter(TestIds.protector(), register)
                .importRoster(Rosters.file("unusual-order.xlsx"), true);

        assertThat(result.errors()).containsExactly(new RowError(3, "身份证", "该教师已在本县其他学校登记（学校：school-42）"));
        assertThat(result.teachers()).extracting(RosterTeacher::name).containsExactly("何静", "高强");
    }

    @Test
    void recognisesSynonymsAndIgnoresStarsAndSpacesInHeaders() {
        assertThat(Column.recognise(" * 身份证号码 ")).contains(Column.ID_NUMBER);
        assertThat(Column.recognise("联系电话")).contains(Column.PHONE);
        assertThat(Column.recognise("任 教 学 段")).contains(Column.STAGE);
        assertThat(Column.recognise("从教年限")).contains(Column.YEARS);
        assertThat(Column.recognise("备注")).isEmpty();
    }
}

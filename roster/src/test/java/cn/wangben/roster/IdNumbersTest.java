package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void computesTheGb11643CheckCharacterIncludingX() {
        // the example of the standard itself: 11010519491231002X
        assertThat(IdNumbers.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.problem("11010519491231002X", TODAY)).isEmpty();
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(IdNumbers.problem("110105194912310021", TODAY)).contains("身份证号校验位不正确，请核对是否填错");
    }

    @Test
    void rejectsBirthDatesThatDoNotExistOrLieInTheFuture() {
        assertThat(IdNumbers.problem(TestIds.id("99010119900230005"), TODAY)).contains("身份证号中的出生日期无效");
        assertThat(IdNumbers.problem(TestIds.id("99010120270101005"), TODAY)).contains("身份证号中的出生日期无效");
        assertThat(IdNumbers.problem(TestIds.id("99010119000229005"), TODAY)).contains("身份证号中的出生日期无效");
    }

    @Test
    void rejectsWrongLengthsAndLetters() {
        assertThat(IdNumbers.problem("", TODAY)).contains("身份证号不能为空");
        assertThat(IdNumbers.problem("9901011990023000", TODAY)).contains("身份证号应为18位：17位数字加1位数字或X");
        assertThat(IdNumbers.problem("99010119900A01005X", TODAY)).contains("身份证号应为18位：17位数字加1位数字或X");
    }

    @Test
    void readsGenderFromTheSeventeenthDigit() {
        assertThat(IdNumbers.isMale(TestIds.id("99010119850312001"))).isTrue();
        assertThat(IdNumbers.isMale(TestIds.id("99010119850312002"))).isFalse();
    }
}

package cn.wangben.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Resident ID numbers per GB 11643-1999: 17 digits (area, birth date, sequence) and a check character. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private IdNumbers() {}

    /** The check character for the first 17 digits. */
    static char checkChar(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** Returns the problem (Chinese, without echoing the number) or empty if the normalised number is valid. */
    static Optional<String> problem(String id, LocalDate today) {
        if (id.isEmpty()) {
            return Optional.of("身份证号不能为空");
        }
        if (!wellFormed(id)) {
            return Optional.of("身份证号应为18位：17位数字加1位数字或X");
        }
        Optional<LocalDate> birth = birthDate(id);
        if (birth.isEmpty() || birth.get().isAfter(today) || birth.get().getYear() < 1900) {
            return Optional.of("身份证号中的出生日期无效");
        }
        if (checkChar(id) != id.charAt(17)) {
            return Optional.of("身份证号校验位不正确，请核对是否填错");
        }
        return Optional.empty();
    }

    /** The 17th digit is odd for men and even for women. */
    static boolean isMale(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }

    private static boolean wellFormed(String id) {
        if (id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        char last = id.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X';
    }

    private static Optional<LocalDate> birthDate(String id) {
        try {
            int year = Integer.parseInt(id, 6, 10, 10);
            int month = Integer.parseInt(id, 10, 12, 10);
            int day = Integer.parseInt(id, 12, 14, 10);
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

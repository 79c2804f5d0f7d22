package cn.wangben.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Normalises and checks the fields of one data row. Checks that need other rows (duplicates) or
 * other schools are the collector's. Messages never repeat the ID number or phone.
 */
final class RowValidator {

    private static final int MAX_TEXT = 50;

    private final HeaderLayout layout;
    private final IdentityProtector protector;
    private final LocalDate today;

    RowValidator(HeaderLayout layout, IdentityProtector protector, LocalDate today) {
        this.layout = layout;
        this.protector = protector;
        this.today = today;
    }

    /** The outcome of one row: a teacher when {@code errors} is empty. */
    record Checked(RosterTeacher teacher, List<RowError> errors) {}

    Checked check(int row, List<String> cells) {
        List<RowError> errors = new ArrayList<>(2);
        String name = Normalizer.name(layout.value(cells, Column.NAME));
        int nameLength = name.codePointCount(0, name.length());
        if (name.isEmpty()) {
            errors.add(error(row, Column.NAME, "姓名不能为空"));
        } else if (nameLength < 2 || nameLength > 20) {
            errors.add(error(row, Column.NAME, "姓名应为2–20个字"));
        }

        String id = Normalizer.code(layout.value(cells, Column.ID_NUMBER));
        Optional<String> idProblem = IdNumbers.problem(id, today);
        idProblem.ifPresent(problem -> errors.add(error(row, Column.ID_NUMBER, problem)));

        Optional<Gender> gender = Gender.parse(Normalizer.withoutSpaces(layout.value(cells, Column.GENDER)));
        if (gender.isEmpty()) {
            errors.add(error(row, Column.GENDER, "性别应填“男”或“女”"));
        } else if (idProblem.isEmpty() && (gender.get() == Gender.MALE) != IdNumbers.isMale(id)) {
            errors.add(error(row, Column.GENDER, "性别与身份证号不符（第17位奇数为男、偶数为女）"));
        }

        String phone = Normalizer.code(layout.value(cells, Column.PHONE));
        if (phone.isEmpty()) {
            errors.add(error(row, Column.PHONE, "手机号不能为空"));
        } else if (!isMobile(phone)) {
            errors.add(error(row, Column.PHONE, "手机号应为以1开头的11位数字"));
        }

        Optional<Stage> stage = Stage.parse(Normalizer.withoutSpaces(layout.value(cells, Column.STAGE)));
        if (stage.isEmpty()) {
            errors.add(error(row, Column.STAGE, "学段应为幼儿园、小学、初中或高中"));
        }

        String subject = text(row, Column.SUBJECT, cells, errors);
        String title = text(row, Column.TITLE, cells, errors);
        int years = years(row, cells, errors);

        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        RosterTeacher teacher = new RosterTeacher(
                row,
                name,
                gender.get(),
                protector.protectId(id),
                protector.protectPhone(phone),
                stage.get(),
                subject,
                title,
                years);
        return new Checked(teacher, List.of());
    }

    private String text(int row, Column column, List<String> cells, List<RowError> errors) {
        String value = layout.value(cells, column);
        if (value.length() > MAX_TEXT) {
            errors.add(error(row, column, column.label() + "不能超过" + MAX_TEXT + "个字"));
        }
        return value;
    }

    private int years(int row, List<String> cells, List<RowError> errors) {
        String value = Normalizer.number(layout.value(cells, Column.YEARS));
        if (value.isEmpty()) {
            errors.add(error(row, Column.YEARS, "教龄不能为空"));
            return -1;
        }
        if (value.length() <= 2 && value.chars().allMatch(Character::isDigit)) {
            int years = Integer.parseInt(value);
            if (years <= 50) {
                return years;
            }
        }
        errors.add(error(row, Column.YEARS, "教龄应为0–50之间的整数"));
        return -1;
    }

    private static boolean isMobile(String phone) {
        if (phone.length() != 11 || phone.charAt(0) != '1') {
            return false;
        }
        for (int i = 1; i < 11; i++) {
            if (phone.charAt(i) < '0' || phone.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    RowError error(int row, Column column, String problem) {
        return new RowError(row, layout.header(column), problem);
    }
}

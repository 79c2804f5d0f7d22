package cn.wangben.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Consumes the rows of one sheet: finds the header among the first rows, then checks each data
 * row and the file-wide rules (duplicates in the file, registration by another school).
 */
final class RosterCollector implements RowSink {

    /** Title rows, notes and blank rows above the header rarely exceed a handful; 20 is generous. */
    static final int HEADER_SCAN_ROWS = 20;

    private final IdentityProtector protector;
    private final KnownIdentity known;
    private final LocalDate today;
    private HeaderLayout layout;
    private RowValidator validator;
    private int dataRows;
    private final List<RosterTeacher> teachers = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    // keyed hash → first row with it; only hashes, so the clear ID is gone once a row is checked
    private final Map<String, Integer> firstRowOfId = new HashMap<>();
    private final Set<Integer> duplicatedFirstRows = new HashSet<>();

    RosterCollector(IdentityProtector protector, KnownIdentity known, LocalDate today) {
        this.protector = protector;
        this.known = known;
        this.today = today;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        if (layout == null) {
            if (rowNumber > HEADER_SCAN_ROWS) {
                throw noHeader();
            }
            HeaderLayout.find(rowNumber, cells).ifPresent(found -> {
                layout = found;
                validator = new RowValidator(found, protector, today);
            });
            return;
        }
        if (isBlank(cells)) {
            return; // blank spacer rows between blocks of teachers are common and harmless
        }
        dataRows++;
        RowValidator.Checked checked = validator.check(rowNumber, cells);
        errors.addAll(checked.errors());
        if (checked.teacher() != null) {
            crossCheck(checked.teacher());
        }
    }

    private void crossCheck(RosterTeacher teacher) {
        int row = teacher.row();
        String hash = teacher.idNumber().hash();
        Integer first = firstRowOfId.putIfAbsent(hash, row);
        if (first != null) {
            errors.add(validator.error(row, Column.ID_NUMBER, "身份证号与第" + first + "行重复"));
            if (duplicatedFirstRows.add(first)) {
                errors.add(validator.error(first, Column.ID_NUMBER, "身份证号与第" + row + "行重复"));
            }
            return;
        }
        Optional<String> school = known.registeredElsewhere(hash);
        if (school.isPresent()) {
            errors.add(validator.error(row, Column.ID_NUMBER, "该教师已在本县其他学校登记（学校：" + school.get() + "）"));
            return;
        }
        teachers.add(teacher);
    }

    /** Ends the sheet and decides what is accepted. */
    RosterResult finish(boolean acceptValidRows) {
        if (layout == null) {
            throw noHeader();
        }
        if (dataRows == 0) {
            throw new RosterFormatException("表中没有学员数据：第" + layout.row() + "行表头之下没有内容");
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        List<RosterTeacher> accepted = new ArrayList<>();
        if (errors.isEmpty() || acceptValidRows) {
            for (RosterTeacher teacher : teachers) {
                if (!duplicatedFirstRows.contains(teacher.row())) {
                    accepted.add(teacher);
                }
            }
        }
        return new RosterResult(accepted, errors, dataRows, layout.row());
    }

    private static RosterFormatException noHeader() {
        return new RosterFormatException("未找到表头：前" + HEADER_SCAN_ROWS + "行中没有同时包含“姓名”和“身份证号”的行，请使用学员信息表模板");
    }

    private static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (!Normalizer.text(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}

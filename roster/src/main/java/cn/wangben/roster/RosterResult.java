package cn.wangben.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The outcome of one import.
 *
 * @param teachers the accepted rows: all of them when there are no errors; none when there are
 *     errors and the import is all-or-nothing; the valid ones when the caller accepted valid rows
 * @param errors row-by-row problems, sorted by row
 * @param dataRows non-blank rows under the header
 * @param headerRow the spreadsheet row of the header
 */
public record RosterResult(List<RosterTeacher> teachers, List<RowError> errors, int dataRows, int headerRow) {

    public RosterResult {
        teachers = List.copyOf(teachers);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Rows with at least one problem. */
    public long rejectedRows() {
        return errors.stream().mapToInt(RowError::row).distinct().count();
    }

    /** Writes the error report as .xlsx (行号/列/问题) for the school admin to download. */
    public void writeErrorReport(OutputStream out) throws IOException {
        ErrorReportWriter.write(errors, out);
    }

    @Override
    public String toString() {
        return "RosterResult[accepted=" + teachers.size() + ", dataRows=" + dataRows + ", errors=" + errors.size()
                + ", headerRow=" + headerRow + "]";
    }
}

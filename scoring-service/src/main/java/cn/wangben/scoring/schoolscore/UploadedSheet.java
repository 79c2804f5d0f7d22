package cn.wangben.scoring.schoolscore;

import cn.wangben.platform.domain.DomainException.Violation;
import java.util.List;

/**
 * What an uploaded workbook said.
 *
 * @param rows one change per filled-in row
 * @param problems what could not be read at all (not a workbook, a missing column, text in a count cell), each with
 *     its cell and a Chinese message naming row and column
 */
public record UploadedSheet(List<RowChange> rows, List<Violation> problems) {

    public UploadedSheet {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}

package cn.wangben.roster;

import java.util.List;

/** Receives the rows of a sheet one at a time, so no reader ever holds the whole sheet. */
interface RowSink {

    /**
     * @param rowNumber the row number the user sees (1-based, counting title and blank rows)
     * @param cells cell texts by 0-based column index; missing cells are empty strings
     */
    void row(int rowNumber, List<String> cells);
}

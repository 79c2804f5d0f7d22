package cn.wangben.roster;

/**
 * One problem of one row, as the school admin sees it: the spreadsheet row number (1-based,
 * counting title rows), the column header as written in the file, and the problem in Chinese.
 * Problems never quote ID numbers or phones.
 */
public record RowError(int row, String column, String problem) {}

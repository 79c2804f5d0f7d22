package cn.wangben.scoring.schoolscore;

import java.io.InputStream;

/** The score sheet as an Excel workbook (.xlsx): what the school downloads, fills in and uploads again. */
public interface SheetWorkbooks {
    /** The sheet with Chinese headers: 姓名, masked ID, each item with its maximum, 合计, the scaled total. */
    byte[] write(Grid grid);

    /** Reads a workbook of the layout {@link #write} produces for this grid; never throws for a bad file. */
    UploadedSheet read(InputStream in, Grid grid);
}

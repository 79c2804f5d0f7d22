package cn.wangben.scoring.schoolscore.xlsx;

import cn.wangben.scoring.schoolscore.Grid;
import cn.wangben.scoring.schoolscore.SheetWorkbooks;
import cn.wangben.scoring.schoolscore.UploadedSheet;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/** Score sheets as .xlsx with Apache POI. */
@Component
class XlsxSheetWorkbooks implements SheetWorkbooks {

    @Override
    public byte[] write(Grid grid) {
        return SheetWriter.write(grid);
    }

    @Override
    public UploadedSheet read(InputStream in, Grid grid) {
        return SheetReader.read(in, grid);
    }
}

package cn.wangben.scoring.export.xlsx;

import cn.wangben.scoring.export.HoursLine;
import cn.wangben.scoring.export.HoursList;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The 学时认定名单 as .xlsx, one sheet numbered 1…n across the schools; streamed like {@link CountyWorkbook}. */
public final class HoursWorkbook {
    public static final String SHEET = "学时认定名单";
    public static final List<String> HEADERS = List.of("序号", "姓名", "身份证号", "学校", "培训项目", "认定学时", "证书编号", "认定日期");

    private HoursWorkbook() {}

    public static void write(HoursList list, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(CountyWorkbook.WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = Styles.of(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            styles.header(sheet, HEADERS, 12);
            int[] widths = {6, 10, 21, 24, 32, 10, 20, 12};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int[] number = {0};
            list.forEachSchool(lines -> {
                for (HoursLine line : lines) {
                    number[0]++;
                    Row row = sheet.createRow(number[0]);
                    Styles.count(row, 0, number[0], null);
                    Styles.text(row, 1, line.name(), null);
                    Styles.text(row, 2, line.maskedId(), null);
                    Styles.text(row, 3, line.school(), null);
                    Styles.text(row, 4, line.programme(), null);
                    Styles.count(row, 5, line.hours(), null);
                    Styles.text(row, 6, line.certificateCode(), null);
                    styles.date(row, 7, line.certifiedOn());
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}

package cn.wangben.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a large valid roster (.xlsx) with a title row, streaming, for the big-file test and the benchmark. */
final class LargeRosterFile {

    static final String[] HEADER = {"姓名", "性别", "身份证号", "手机号", "学段", "学科", "职称", "教龄"};

    private LargeRosterFile() {}

    /** Rows 1 (title) and 2 (header), then {@code teachers} rows. Shared strings, as Excel itself writes them. */
    static void write(Path file, int teachers, long seed) throws IOException {
        Random random = new Random(seed);
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("学员信息");
            sheet.createRow(0).createCell(0).setCellValue("青山县2026年校本研修学员信息表");
            fill(sheet.createRow(1), HEADER);
            for (int i = 0; i < teachers; i++) {
                fill(sheet.createRow(i + 2), TestIds.randomRow(random, i));
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void fill(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}

package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ErrorReportWriterTest {

    @Test
    void writesADownloadableWorkbookWithChineseHeadersAndOneLinePerProblem() throws IOException {
        RosterResult result = Rosters.importFile("messy.xlsx", false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        result.writeErrorReport(out);

        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = report.getSheet("错误报告");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("行号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("列");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("问题");
            assertThat(sheet.getLastRowNum()).isEqualTo(result.errors().size());
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(5);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("身份证号码");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("身份证号与第9行重复");
        }
    }
}

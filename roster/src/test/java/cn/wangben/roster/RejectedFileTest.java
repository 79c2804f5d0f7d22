package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no roster at all fail as a whole, with a Chinese message for the uploader. */
class RejectedFileTest {

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> Rosters.importFile("empty.xlsx", false))
                .isInstanceOf(RosterFormatException.class)
                .hasMessage("文件为空，请选择填好的学员信息表");
    }

    @Test
    void rejectsAPicture() {
        assertThatThrownBy(() -> Rosters.importFile("roster.png", false))
                .isInstanceOf(RosterFormatException.class)
                .hasMessageStartingWith("文件不是表格");
    }

    @Test
    void rejectsAnExecutableRenamedToXlsxBecauseContentDecidesNotTheName() {
        assertThatThrownBy(() -> Rosters.importFile("setup.xlsx", false))
                .isInstanceOf(RosterFormatException.class)
                .hasMessageStartingWith("文件不是表格");
    }

    @Test
    void rejectsAZipThatIsNoWorkbook() {
        assertThatThrownBy(() -> Rosters.importFile("archive.xlsx", false))
                .isInstanceOf(RosterFormatException.class)
                .hasMessageStartingWith("文件不是有效的 Excel 工作簿");
    }

    @Test
    void rejectsASheetWithoutARecognisableHeader() {
        assertThatThrownBy(() -> Rosters.importFile("no-header.xlsx", false))
                .isInstanceOf(RosterFormatException.class)
                .hasMessageStartingWith("未找到表头");
    }

    @Test
    void stopsLookingForTheHeaderAfterTwentyRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("late-header.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < 20; r++) {
                sheet.createRow(r).createCell(0).setCellValue("说明" + r);
            }
            Row header = sheet.createRow(20);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号");
            workbook.write(out);
        }

        assertThatThrownBy(() -> Rosters.importer().importRoster(file, false))
                .isInstanceOf(RosterFormatException.class)
                .hasMessageStartingWith("未找到表头：前20行");
    }

    @Test
    void namesTheRequiredColumnsAHeaderLacks() {
        assertThatThrownBy(() -> Rosters.importFile("missing-columns.xlsx", false))
                .isInstanceOf(RosterFormatException.class)
                .hasMessage("第1行的表头缺少必需的列：性别、手机号、学段、教龄");
    }
}

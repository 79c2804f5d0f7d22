package cn.wangben.roster;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Wrote the committed files in src/test/resources/rosters once; tests read the files, they do not
 * run this. Run again only to change the fixtures:
 * {@code java -cp ... cn.wangben.roster.RosterFixtures roster/src/test/resources/rosters}.
 */
public final class RosterFixtures {

    private RosterFixtures() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "roster/src/test/resources/rosters");
        Files.createDirectories(dir);
        messy(new XSSFWorkbook(), dir.resolve("messy.xlsx"));
        messy(new HSSFWorkbook(), dir.resolve("messy.xls"));
        String[][] ordered = {
            {"教龄", "手机", "身份证", "学段", "姓名", "学科", "性别", "职称"},
            {"15", "13911112222", TestIds.id("99020019800115011"), "小学", "何静", "音乐", "男", "一级教师"},
            {"3", "13922223333", TestIds.id("99020019930620024"), "幼儿园", "罗敏", "", "女", ""},
            {"28", "13933334444", TestIds.id("99020019721231035"), "高中", "高强", "数学", "男", "高级教师"},
        };
        sheet(new XSSFWorkbook(), ordered, dir.resolve("unusual-order.xlsx"));
        sheet(new XSSFWorkbook(), new String[][] {{"名字", "证件"}, {"张三", "123"}}, dir.resolve("no-header.xlsx"));
        sheet(
                new XSSFWorkbook(),
                new String[][] {{"姓名", "身份证号", "备注"}, {"张伟", "x", ""}},
                dir.resolve("missing-columns.xlsx"));
        String standard = "姓名,性别,身份证号,手机号,学段,学科,职称,教龄";
        csv(
                dir.resolve("gbk.csv"),
                Charset.forName("GBK"),
                "",
                "\r\n",
                standard,
                "马丽,女," + TestIds.id("99030019860405046") + ",13844445555,小学,语文,\"一级教师,班主任\",10",
                "朱军,男," + TestIds.id("99030019790909057") + ",13855556666,初中,英语,高级教师,21",
                "胡娟,女," + TestIds.id("99030019990101068") + ",13866667777,幼儿园,,,1");
        csv(
                dir.resolve("utf8-bom.csv"),
                StandardCharsets.UTF_8,
                "\uFEFF",
                "\r\n",
                standard,
                "郭涛,男," + TestIds.id("99040019820303079") + ",13877778888,高中,物理,一级教师,16",
                "徐秀英,女," + TestIds.wrongCheck("99040019840404080") + ",13888889999,小学,数学,,14");
        csv(
                dir.resolve("utf8-reordered.csv"),
                StandardCharsets.UTF_8,
                "",
                "\n",
                "联系电话,任教学科,任教学段,从教年限,身份证号码,性别,姓名",
                "13899990000,科学,初中,6," + TestIds.id("99050019900707091") + ",男,杨超");
        csv(dir.resolve("header-only.csv"), StandardCharsets.UTF_8, "", "\n", standard);
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        ImageIO.write(
                new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB),
                "png",
                dir.resolve("roster.png").toFile());
        // The start of a Windows executable (DOS header, NULs included), renamed to .xlsx.
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        Files.write(dir.resolve("setup.xlsx"), exe);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("archive.xlsx")))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Merged title, a blank row, a note, the header in row 4, then the messy rows. */
    private static void messy(Workbook workbook, Path file) throws IOException {
        Sheet sheet = workbook.createSheet("学员信息");
        sheet.createRow(0).createCell(0).setCellValue(Messy.TITLE);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Messy.HEADER.length - 1));
        sheet.createRow(2).createCell(0).setCellValue("填表说明：身份证号请按文本格式填写");
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, Messy.HEADER.length - 1));
        fill(sheet, Messy.HEADER_ROW - 1, Messy.HEADER);
        String[][] rows = Messy.rows();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != null) {
                fill(sheet, Messy.HEADER_ROW + i, rows[i]);
            }
        }
        if (workbook instanceof HSSFWorkbook) {
            // Phones and years typed as numbers, as Excel stores them when nobody formats the column.
            Row lin = sheet.getRow(Messy.HEADER_ROW + rows.length - 1);
            lin.createCell(4).setCellValue(15900009999d);
            lin.createCell(8).setCellValue(0d);
        }
        save(workbook, file);
    }

    private static void sheet(Workbook workbook, String[][] rows, Path file) throws IOException {
        Sheet sheet = workbook.createSheet();
        for (int i = 0; i < rows.length; i++) {
            fill(sheet, i, rows[i]);
        }
        save(workbook, file);
    }

    private static void fill(Sheet sheet, int rowIndex, String[] values) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static void save(Workbook workbook, Path file) throws IOException {
        try (workbook;
                OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static void csv(Path file, Charset charset, String bom, String eol, String... lines) throws IOException {
        Files.writeString(file, bom + String.join(eol, lines) + eol, charset);
    }
}

package cn.wangben.assignment.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Made the committed test files under src/test/resources/essays and /materials once; kept to show how and to remake
 * them. Run from the module directory: {@code java -cp target/test-classes:target/classes:<classpath>
 * cn.wangben.assignment.document.FixtureFileGenerator}. Not a test.
 */
public final class FixtureFileGenerator {
    public static final String ESSAY_TEXT = "教师自我发展规划：三年内成为骨干教师，每学期读两本教育专著，坚持写教学反思。";
    public static final String PDF_TEXT = "Teacher self-development plan: read two books each term.";
    private static final Path ESSAYS = Path.of("src/test/resources/essays");
    private static final Path MATERIALS = Path.of("src/test/resources/materials");

    private FixtureFileGenerator() {}

    public static void main(String[] args) throws IOException {
        Files.createDirectories(ESSAYS);
        Files.createDirectories(MATERIALS);
        Files.write(ESSAYS.resolve("essay.docx"), docx(ESSAY_TEXT));
        Files.write(ESSAYS.resolve("essay.pdf"), pdf(PDF_TEXT, false));
        Files.write(ESSAYS.resolve("encrypted.pdf"), pdf(PDF_TEXT, true));
        Files.write(ESSAYS.resolve("essay-gb18030.txt"), ESSAY_TEXT.getBytes(Charset.forName("GB18030")));
        Files.write(ESSAYS.resolve("zip-bomb.docx"), zipBomb(1L << 30));
        Files.write(ESSAYS.resolve("entity-expansion.docx"), billionLaughs());
        Files.write(ESSAYS.resolve("renamed-exe.docx"), windowsExecutable());
        Files.write(ESSAYS.resolve("empty.txt"), new byte[0]);
        Files.write(MATERIALS.resolve("slides.pptx"), pptx());
        Files.write(MATERIALS.resolve("sheet.xlsx"), xlsx());
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String text, boolean encrypted) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            if (encrypted) {
                var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A docx-looking package with an extra part of {@code bytes} zeros, deflated while streaming. */
    static byte[] zipBomb(long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            copyParts(docx(ESSAY_TEXT), zip);
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < bytes; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A docx whose document.xml declares nested entities that would expand to gigabytes. */
    static byte[] billionLaughs() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + dtd
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            copyParts(docx(ESSAY_TEXT), zip, "word/document.xml");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The start of a PE file: DOS header "MZ", e_lfanew at 0x3C pointing to "PE\0\0" and a COFF header. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x84] = 0x4C; // machine: i386
        exe[0x85] = 0x01;
        exe[0x86] = 0x01; // one section
        return exe;
    }

    static byte[] pptx() throws IOException {
        try (XMLSlideShow slides = new XMLSlideShow();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            slides.createSlide();
            slides.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("学时").createRow(0).createCell(0).setCellValue("师德师风");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void copyParts(byte[] docx, ZipOutputStream zip, String... skipped) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (java.util.List.of(skipped).contains(entry.getName())) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }
}

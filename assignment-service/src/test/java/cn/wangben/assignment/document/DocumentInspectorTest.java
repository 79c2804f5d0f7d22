package cn.wangben.assignment.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.platform.domain.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DocumentInspectorTest {
    static final ArchiveLimits LIMITS = new ArchiveLimits(1000, 200L * 1024 * 1024, 100);
    final DocumentInspector inspector = new DocumentInspector(LIMITS);

    @Test
    void readsTheChineseTextOfAWordEssay() {
        var essay = inspector.essay(resource("essays/essay.docx"), 20_000);

        assertThat(essay.kind()).isEqualTo(DocumentKind.DOCX);
        assertThat(essay.text()).contains(FixtureFileGenerator.ESSAY_TEXT);
    }

    @Test
    void readsTheTextOfAPdfEssay() {
        var essay = inspector.essay(resource("essays/essay.pdf"), 20_000);

        assertThat(essay.kind()).isEqualTo(DocumentKind.PDF);
        assertThat(essay.text()).contains(FixtureFileGenerator.PDF_TEXT);
    }

    @Test
    void decodesUtf8AndGb18030TextFiles() {
        byte[] utf8 = ("\uFEFF" + FixtureFileGenerator.ESSAY_TEXT).getBytes(StandardCharsets.UTF_8);

        assertThat(inspector.essay(utf8, 20_000).text()).isEqualTo(FixtureFileGenerator.ESSAY_TEXT);
        assertThat(inspector.essay(resource("essays/essay-gb18030.txt"), 20_000))
                .isEqualTo(new DocumentInspector.Extracted(DocumentKind.TXT, FixtureFileGenerator.ESSAY_TEXT));
    }

    @Test
    void refusesAnEncryptedPdf() {
        assertRefused(() -> inspector.essay(resource("essays/encrypted.pdf"), 20_000), "encrypted-pdf", "加密");
    }

    @Test
    void refusesAZipBombBeforeAnyParserSeesIt() {
        long started = System.nanoTime();

        assertRefused(() -> inspector.essay(resource("essays/zip-bomb.docx"), 20_000), "unsafe-file", "压缩炸弹");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }

    @Test
    void refusesAnArchiveThatDecompressesPastTheTotalLimitEvenAtAModestRatio() {
        var strict = new DocumentInspector(new ArchiveLimits(1000, 1024 * 1024, 10_000));

        assertRefused(() -> strict.essay(resource("essays/zip-bomb.docx"), 20_000), "unsafe-file", "解压后超过 1 MB");
    }

    @Test
    void refusesAnArchiveWithTooManyEntries() {
        var strict = new DocumentInspector(new ArchiveLimits(3, LIMITS.maxUncompressedBytes(), 100));

        assertRefused(() -> strict.essay(resource("essays/essay.docx"), 20_000), "unsafe-file", "超过 3 个");
    }

    @Test
    void refusesADocumentTypeDeclarationSoEntitiesCannotExpand() {
        assertRefused(() -> inspector.essay(resource("essays/entity-expansion.docx"), 20_000), "unsafe-file", "DTD");
    }

    @Test
    void namesTheRealTypeOfARenamedExecutable() {
        assertRefused(
                () -> inspector.essay(resource("essays/renamed-exe.docx"), 20_000),
                "unsupported-file-type",
                "Windows 可执行程序");
    }

    @Test
    void refusesEmptyFilesAndOtherOfficeKindsAsEssays() {
        assertRefused(() -> inspector.essay(resource("essays/empty.txt"), 20_000), "empty-file", "空的");
        assertRefused(
                () -> inspector.essay(resource("materials/slides.pptx"), 20_000),
                "unsupported-file-type",
                "PowerPoint 演示文稿");
    }

    @Test
    void refusesAnOfficeFileWithMacros() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out);
                var docx = new java.util.zip.ZipInputStream(
                        new java.io.ByteArrayInputStream(resource("essays/essay.docx")))) {
            for (var entry = docx.getNextEntry(); entry != null; entry = docx.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                docx.transferTo(zip);
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[] {1, 2, 3});
        }

        assertRefused(() -> inspector.essay(out.toByteArray(), 20_000), "unsupported-file-type", "含有宏的 Office 文档");
        assertRefused(() -> inspector.material(out.toByteArray()), "unsupported-file-type", "含有宏的 Office 文档");
    }

    @Test
    void refusesBinaryAndUtf16TextAsEssays() {
        assertRefused(() -> inspector.essay(new byte[] {'a', 0, 'b'}, 20_000), "unsupported-file-type", "二进制");
        assertRefused(
                () -> inspector.essay(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, 20_000),
                "unsupported-text-encoding",
                "UTF-16");
        assertRefused(
                () -> inspector.essay(new byte[] {(byte) 0x81, 0x20, 0x01}, 20_000),
                "unsupported-text-encoding",
                "UTF-8");
    }

    @Test
    void stopsExtractingPdfTextOnceItIsCertainlyTooLong() throws IOException {
        var out = new PdfDocuments.BoundedWriter(10);
        out.write("x".repeat(64 * 1024 + 40));

        assertThatThrownBy(() -> out.write("y".repeat(2)))
                .isInstanceOfSatisfying(
                        PdfDocuments.BoundedWriter.Overflow.class,
                        e -> assertThat(e.refusal().getMessage()).contains("不能超过 10 字"));
    }

    @Test
    void acceptsTheFourMaterialKindsByContent() {
        assertThat(inspector.material(resource("essays/essay.pdf"))).isEqualTo(DocumentKind.PDF);
        assertThat(inspector.material(resource("essays/essay.docx"))).isEqualTo(DocumentKind.DOCX);
        assertThat(inspector.material(resource("materials/slides.pptx"))).isEqualTo(DocumentKind.PPTX);
        assertThat(inspector.material(resource("materials/sheet.xlsx"))).isEqualTo(DocumentKind.XLSX);
        assertRefused(
                () -> inspector.material("纯文本".getBytes(StandardCharsets.UTF_8)), "unsupported-file-type", "纯文本文件");
    }

    private static void assertRefused(ThrowingCallable call, String code, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(detail);
            assertThat(e.field()).isEqualTo("file");
        });
    }

    static byte[] resource(String name) {
        try (InputStream in = DocumentInspectorTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name, e);
        }
    }
}

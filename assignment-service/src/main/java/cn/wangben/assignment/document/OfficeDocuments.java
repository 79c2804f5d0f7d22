package cn.wangben.assignment.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Office Open XML files. The kind is decided by the main part the package contains; the text of a .docx is read by
 * POI's XWPF, whose XML parsers refuse DTDs and cap entity expansion (on top of {@link ZipGuard}'s own DTD check).
 */
final class OfficeDocuments {
    private static final String WORD_MAIN = "word/document.xml";

    private OfficeDocuments() {}

    /**
     * The Office kind of a package that passed the {@link ZipGuard}, or null when it is some other ZIP. A package with
     * VBA macros is never accepted: stored files are opened later by graders and teachers.
     */
    static DocumentKind kindOf(Set<String> entries) {
        if (hasMacros(entries)) {
            return null;
        }
        if (entries.contains(WORD_MAIN)) {
            return DocumentKind.DOCX;
        }
        if (entries.contains("ppt/presentation.xml")) {
            return DocumentKind.PPTX;
        }
        if (entries.contains("xl/workbook.xml")) {
            return DocumentKind.XLSX;
        }
        return null;
    }

    /** What a ZIP that is none of the accepted Office kinds really is, in Chinese. */
    static String describeOtherZip(Set<String> entries) {
        if (hasMacros(entries)) {
            return "含有宏的 Office 文档（.docm/.pptm/.xlsm）";
        }
        if (entries.contains("mimetype") && entries.stream().anyMatch(n -> n.equals("content.xml"))) {
            return "OpenDocument 文档（.odt/.ods/.odp）";
        }
        if (entries.contains("[Content_Types].xml")) {
            return "其他 Office 文件（缺少正文部分）";
        }
        return "ZIP 压缩包";
    }

    private static boolean hasMacros(Set<String> entries) {
        return entries.stream()
                .anyMatch(name -> name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"));
    }

    static String docxText(byte[] content) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
                XWPFDocument document = new XWPFDocument(pkg);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (e instanceof cn.wangben.platform.domain.DomainException refusal) {
                throw refusal;
            }
            throw DocumentProblems.corrupt(DocumentKind.DOCX);
        }
    }
}

package cn.wangben.assignment.document;

import java.util.EnumSet;
import java.util.Set;

/**
 * Decides what an uploaded file is from its content alone (signature, then a real parse) and refuses, in Chinese and
 * naming the real type, anything not accepted. Nothing is stored by this class; callers store only what it accepts.
 */
public final class DocumentInspector {
    private static final String ESSAY_KINDS = "PDF、Word（.docx）或纯文本（.txt）文件";
    private static final String MATERIAL_KINDS = "PDF、Word（.docx）、PowerPoint（.pptx）或 Excel（.xlsx）文件";
    private static final Set<DocumentKind> MATERIALS =
            EnumSet.of(DocumentKind.PDF, DocumentKind.DOCX, DocumentKind.PPTX, DocumentKind.XLSX);
    private final ZipGuard zips;

    public DocumentInspector(ArchiveLimits limits) {
        this.zips = new ZipGuard(limits);
    }

    /** An essay file with its text; {@code maxCharacters} bounds how much text extraction may produce. */
    public Extracted essay(byte[] content, int maxCharacters) {
        requireNotEmpty(content);
        return switch (MagicBytes.family(content)) {
            case PDF -> new Extracted(DocumentKind.PDF, PdfDocuments.essayText(content, maxCharacters));
            case ZIP -> {
                DocumentKind kind = officeKind(content, ESSAY_KINDS);
                if (kind != DocumentKind.DOCX) {
                    throw DocumentProblems.unsupported(kind.label(), ESSAY_KINDS);
                }
                yield new Extracted(kind, OfficeDocuments.docxText(content));
            }
            case UTF16_TEXT -> throw DocumentProblems.utf16Text();
            case FOREIGN -> throw DocumentProblems.unsupported(MagicBytes.foreignType(content), ESSAY_KINDS);
            case UNKNOWN -> {
                if (containsNul(content)) {
                    throw DocumentProblems.unsupported("无法识别的二进制文件", ESSAY_KINDS);
                }
                yield new Extracted(DocumentKind.TXT, PlainText.decode(content));
            }
        };
    }

    /** A course document: its kind, once its structure has been checked. */
    public DocumentKind material(byte[] content) {
        requireNotEmpty(content);
        return switch (MagicBytes.family(content)) {
            case PDF -> {
                PdfDocuments.requireReadable(content);
                yield DocumentKind.PDF;
            }
            case ZIP -> officeKind(content, MATERIAL_KINDS);
            case FOREIGN -> throw DocumentProblems.unsupported(MagicBytes.foreignType(content), MATERIAL_KINDS);
            case UTF16_TEXT -> throw DocumentProblems.unsupported(DocumentKind.TXT.label(), MATERIAL_KINDS);
            case UNKNOWN -> {
                String actual = containsNul(content) ? "无法识别的二进制文件" : DocumentKind.TXT.label();
                throw DocumentProblems.unsupported(actual, MATERIAL_KINDS);
            }
        };
    }

    private DocumentKind officeKind(byte[] content, String accepted) {
        Set<String> entries = zips.entries(content);
        DocumentKind kind = OfficeDocuments.kindOf(entries);
        if (kind == null || !MATERIALS.contains(kind)) {
            throw DocumentProblems.unsupported(OfficeDocuments.describeOtherZip(entries), accepted);
        }
        return kind;
    }

    private static void requireNotEmpty(byte[] content) {
        if (content.length == 0) {
            throw DocumentProblems.empty();
        }
    }

    private static boolean containsNul(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** A file's kind and the text read from it. */
    public record Extracted(DocumentKind kind, String text) {}
}

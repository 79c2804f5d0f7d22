package cn.wangben.assignment.document;

/** The file types the platform accepts somewhere, each known by its content, never by its name. */
public enum DocumentKind {
    PDF("PDF 文档", "application/pdf", "pdf"),
    DOCX("Word 文档（.docx）", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("PowerPoint 演示文稿（.pptx）", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    XLSX("Excel 工作簿（.xlsx）", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    TXT("纯文本文件（.txt）", "text/plain; charset=utf-8", "txt");

    private final String label;
    private final String contentType;
    private final String extension;

    DocumentKind(String label, String contentType, String extension) {
        this.label = label;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** How users call it, in Chinese. */
    public String label() {
        return label;
    }

    /** The content type objects of this kind are stored and served with, whatever the client claimed. */
    public String contentType() {
        return contentType;
    }

    /** The extension of server-generated keys. */
    public String extension() {
        return extension;
    }
}

package cn.wangben.assignment.submission;

import cn.wangben.assignment.document.DocumentKind;

/** How an essay arrived: typed online, or as one file of an accepted kind (decided by its content). */
public enum EssayFormat {
    ONLINE_TEXT("txt", "text/plain; charset=utf-8"),
    PDF(DocumentKind.PDF),
    DOCX(DocumentKind.DOCX),
    TXT(DocumentKind.TXT);

    private final String extension;
    private final String contentType;

    EssayFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    EssayFormat(DocumentKind kind) {
        this(kind.extension(), kind.contentType());
    }

    static EssayFormat of(DocumentKind kind) {
        return valueOf(kind.name());
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }
}

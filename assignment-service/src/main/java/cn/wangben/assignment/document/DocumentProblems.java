package cn.wangben.assignment.document;

import cn.wangben.platform.domain.DomainException;

/** The Chinese refusals of an uploaded file; every one is given before anything is stored. */
final class DocumentProblems {
    private static final String FIELD = "file";

    private DocumentProblems() {}

    static DomainException empty() {
        return DomainException.ruleViolated("empty-file", FIELD, "上传的文件是空的（0 字节），请选择正确的文件");
    }

    static DomainException unsupported(String actualType, String accepted) {
        return DomainException.ruleViolated(
                "unsupported-file-type", FIELD, "文件的实际类型是「" + actualType + "」，此处只接受" + accepted + "（按文件内容识别，与扩展名无关）");
    }

    static DomainException encryptedPdf() {
        return DomainException.ruleViolated("encrypted-pdf", FIELD, "PDF 文件设置了密码或加密保护，无法读取内容，请取消加密后重新上传");
    }

    static DomainException unsafeArchive(String why) {
        return DomainException.ruleViolated("unsafe-file", FIELD, "文件结构异常，已拒收：" + why + "。请用 Word 重新另存为 .docx 后上传");
    }

    static DomainException corrupt(DocumentKind kind) {
        return DomainException.ruleViolated(
                "corrupt-file", FIELD, "文件看起来是" + kind.label() + "，但已损坏或格式不完整，无法打开，请重新保存后上传");
    }

    static DomainException undecodableText() {
        return DomainException.ruleViolated(
                "unsupported-text-encoding", FIELD, "文本文件不是 UTF-8 或 GB18030（GBK）编码，或含有非文本字符，请另存为 UTF-8 编码后重新上传");
    }

    static DomainException utf16Text() {
        return DomainException.ruleViolated(
                "unsupported-text-encoding", FIELD, "文本文件是 UTF-16（Unicode）编码，请在记事本中另存为 UTF-8 编码后重新上传");
    }

    static DomainException tooMuchText(int maxCharacters) {
        return DomainException.ruleViolated("invalid-essay", FIELD, "作业内容不能超过 " + maxCharacters + " 字（文件中的文字超出上限）");
    }
}

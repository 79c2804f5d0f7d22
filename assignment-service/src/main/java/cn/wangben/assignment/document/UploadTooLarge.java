package cn.wangben.assignment.document;

import cn.wangben.platform.domain.DomainException;
import java.util.Locale;

/** A file over the configured limit. The web layer answers 413 for it, like for an oversized multipart request. */
public class UploadTooLarge extends DomainException {
    public static final String CODE = "upload-too-large";

    public UploadTooLarge(long size, long maxBytes) {
        super(
                Kind.RULE_VIOLATED,
                CODE,
                "file",
                "文件大小为 " + megabytes(size) + "，超过 " + megabytes(maxBytes) + " 的上限，请压缩或删减后重新上传");
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.floor(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}

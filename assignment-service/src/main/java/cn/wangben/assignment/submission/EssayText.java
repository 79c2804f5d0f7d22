package cn.wangben.assignment.submission;

import cn.wangben.platform.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An essay typed online. Its character count is what Chinese essays are measured by: non-whitespace code points. */
public record EssayText(String text, int characters, String sha256) {
    private static final char CJK_FIRST = '\u4e00';
    private static final char CJK_LAST = '\u9fff';
    private static final char DEL = 0x7f;

    public static EssayText of(String text, int maxCharacters) {
        if (text == null || text.isBlank()) {
            throw DomainException.ruleViolated("invalid-essay", "text", "作业内容不能为空");
        }
        int characters = count(text);
        if (characters > maxCharacters) {
            throw DomainException.ruleViolated(
                    "invalid-essay", "text", "作业内容不能超过 " + maxCharacters + " 字（当前 " + characters + " 字）");
        }
        return new EssayText(text, characters, sha256(bytes(text)));
    }

    /** The text read from an essay file: the same count and limit, refusals addressed to the file. */
    public static EssayText extracted(String text, int maxCharacters) {
        if (text == null || text.isBlank()) {
            throw DomainException.ruleViolated("no-text", "file", "未能从文件中提取到文字（可能是扫描图片或空白文档），请上传含文字内容的文件");
        }
        int characters = count(text);
        if (characters > maxCharacters) {
            throw DomainException.ruleViolated(
                    "invalid-essay", "file", "作业内容不能超过 " + maxCharacters + " 字（文件中有 " + characters + " 字）");
        }
        return new EssayText(text, characters, sha256(bytes(text)));
    }

    private static int count(String text) {
        int characters = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            // the common CJK ideographs and printable ASCII are never whitespace: no Unicode table lookup for them
            if (c >= CJK_FIRST && c <= CJK_LAST || c > ' ' && c < DEL) {
                characters++;
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (!Character.isWhitespace(codePoint)) {
                characters++;
            }
            i += Character.charCount(codePoint);
        }
        return characters;
    }

    public byte[] bytes() {
        return bytes(text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

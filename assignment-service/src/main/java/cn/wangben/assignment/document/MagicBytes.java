package cn.wangben.assignment.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the first bytes of a file say it is. Only a proper parse confirms an accepted type. */
final class MagicBytes {
    enum Family {
        PDF,
        ZIP,
        UTF16_TEXT,
        /** No known binary signature: may be plain text. */
        UNKNOWN,
        /** A known type the platform never accepts; {@link #foreignType} names it. */
        FOREIGN
    }

    /** Signatures of types refused everywhere, named the way users know them. Order matters: longest first. */
    private static final Map<byte[], String> FOREIGN = new LinkedHashMap<>();

    static {
        FOREIGN.put(hex("D0CF11E0A1B11AE1"), "旧版 Office 文档（.doc/.xls/.ppt）或加密的 Office 文档");
        FOREIGN.put(hex("377ABCAF271C"), "7z 压缩包");
        FOREIGN.put(ascii("Rar!"), "RAR 压缩包");
        FOREIGN.put(ascii("{\\rtf"), "RTF 富文本文档");
        FOREIGN.put(ascii("%!PS"), "PostScript 文件");
        FOREIGN.put(hex("7F454C46"), "Linux 可执行程序（ELF）");
        FOREIGN.put(hex("CAFEBABE"), "Java 类文件或 macOS 可执行程序");
        FOREIGN.put(hex("89504E47"), "PNG 图片");
        FOREIGN.put(ascii("GIF8"), "GIF 图片");
        FOREIGN.put(ascii("RIFF"), "音视频或图片文件（RIFF：.wav/.avi/.webp）");
        FOREIGN.put(ascii("ID3"), "MP3 音频");
        FOREIGN.put(hex("FFD8FF"), "JPEG 图片");
        FOREIGN.put(hex("1F8B"), "gzip 压缩文件");
        FOREIGN.put(ascii("MZ"), "Windows 可执行程序（.exe/.dll）");
    }

    private MagicBytes() {}

    static Family family(byte[] content) {
        if (startsWith(content, ascii("%PDF-"))) {
            return Family.PDF;
        }
        if (startsWith(content, hex("504B0304")) || startsWith(content, hex("504B0506"))) {
            return Family.ZIP;
        }
        if (startsWith(content, hex("FFFE")) || startsWith(content, hex("FEFF"))) {
            return Family.UTF16_TEXT;
        }
        return foreignType(content) == null ? Family.UNKNOWN : Family.FOREIGN;
    }

    /** The Chinese name of a refused type, or null when the signature is not one of them. */
    static String foreignType(byte[] content) {
        for (Map.Entry<byte[], String> signature : FOREIGN.entrySet()) {
            if (startsWith(content, signature.getKey())) {
                return signature.getValue();
            }
        }
        if (content.length >= 12 && Arrays.equals(Arrays.copyOfRange(content, 4, 8), ascii("ftyp"))) {
            return "MP4/MOV 视频";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}

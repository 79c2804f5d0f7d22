package cn.wangben.scoring.export.web;

import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a download with a Chinese name: an ASCII {@code filename} for old clients and the real
 * name as {@code filename*=UTF-8''…} (RFC 6266 with the RFC 5987 encoding), which every current browser prefers.
 */
final class Attachments {
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Attachments() {}

    static String disposition(String name, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encode(name);
    }

    /** RFC 5987 {@code value-chars}: letters, digits and attr-char as they are, every other byte as %XX. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHAR.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

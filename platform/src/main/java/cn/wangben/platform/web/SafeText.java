package cn.wangben.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every JSON string of a request, refused when it cannot be honest text: a NUL or another control character (tab and
 * line breaks aside), half of a surrogate pair (not storable as UTF-8), a bidirectional override or isolate (it makes
 * "研修\u202Egpj.exe" display as a different name), or invisible characters only (a name of zero-width spaces looks
 * empty yet passes a blank check).
 */
final class SafeText extends StringDeserializer {
    private static final char CJK_FIRST = '\u4e00';
    private static final char CJK_LAST = '\u9fff';
    private static final char DEL = 0x7f;

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        String text = super.deserialize(p, ctxt);
        String fault = text == null ? null : fault(text);
        if (fault != null) {
            throw new Refused(p, fault);
        }
        return text;
    }

    /** Why the text is refused (Chinese, for the problem's detail), or null when it is fine. */
    static String fault(String text) {
        boolean visible = false;
        boolean invisible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // an essay is thousands of these: the common CJK ideographs and printable ASCII skip the Unicode tables
            if (c >= CJK_FIRST && c <= CJK_LAST || c > ' ' && c < DEL) {
                visible = true;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                visible = true;
            } else if (Character.isSurrogate(c)) {
                return "含有不完整的 Unicode 字符（单独的代理项）";
            } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == DEL) {
                return "含有控制字符（如 NUL）";
            } else if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                return "含有改变文字方向的控制字符";
            } else if (Character.getType(c) == Character.FORMAT) {
                invisible = true;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible = true;
            }
        }
        return invisible && !visible ? "只含有不可见字符" : null;
    }

    /** Told apart from other binding faults by ProblemDetailsAdvice, which names the field and the reason. */
    static final class Refused extends MismatchedInputException {
        private final String reason;

        Refused(JsonParser p, String reason) {
            super(p, "unsafe text: " + reason, String.class);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}

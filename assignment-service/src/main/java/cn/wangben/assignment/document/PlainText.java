package cn.wangben.assignment.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A .txt essay: strictly valid UTF-8 (with or without BOM), else strictly valid GB18030, which covers GBK and GB2312
 * files saved by older Chinese Windows. Control characters other than tab, line breaks and form feed mean a binary
 * file, whatever it decodes to.
 */
final class PlainText {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private PlainText() {}

    static String decode(byte[] content) {
        String text = strict(content, StandardCharsets.UTF_8);
        if (text == null) {
            text = strict(content, GB18030);
        }
        if (text == null || hasControlCharacters(text)) {
            throw DocumentProblems.undecodableText();
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(byte[] content, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F);
    }
}

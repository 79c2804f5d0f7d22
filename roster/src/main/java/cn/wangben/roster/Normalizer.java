package cn.wangben.roster;

/**
 * Cleans what people type into spreadsheets: full-width characters from Chinese input methods,
 * ideographic spaces inside names, a lower-case x at the end of an ID number.
 */
final class Normalizer {

    private Normalizer() {}

    /** Trims, also the full-width space U+3000 and the no-break space that Excel exports contain. */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.replace('\u00A0', ' ').strip();
    }

    /** Names are written "李　文" to align two-character names with three-character ones; the spaces are not part of the name. */
    static String name(String raw) {
        return withoutSpaces(raw);
    }

    /** ID numbers and phones: half-width, no separators, upper case (the ID's final X). */
    static String code(String raw) {
        String text = withoutSpaces(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = halfWidth(text.charAt(i));
            if (c != '-') {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /** Years of teaching: half-width digits, and the unit "年" that people add is dropped. */
    static String number(String raw) {
        String code = code(raw);
        return code.endsWith("年") ? code.substring(0, code.length() - 1) : code;
    }

    static String withoutSpaces(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The full-width forms block U+FF01..U+FF5E mirrors ASCII 0x21..0x7E at a fixed offset. */
    static char halfWidth(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }
}

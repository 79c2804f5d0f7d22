package cn.wangben.roster;

/**
 * What a file is, decided by its first bytes and never by its name: schools rename files freely
 * and browsers report whatever content type the extension suggests.
 */
enum FileFormat {
    /** Office Open XML: a ZIP container ("PK\3\4"). */
    XLSX,
    /** Excel 97-2003: an OLE2 compound document (D0 CF 11 E0 A1 B1 1A E1). */
    XLS,
    /** Anything else that looks like text; the CSV reader rejects what does not decode. */
    CSV,
    /** Binary content that is neither (images, executables, PDFs). */
    UNKNOWN;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    /** @param head the first bytes of the file (a few KB), {@code length} of them valid */
    static FileFormat sniff(byte[] head, int length) {
        if (startsWith(head, length, ZIP)) {
            return XLSX;
        }
        if (startsWith(head, length, OLE2)) {
            return XLS;
        }
        // Text files have no NUL bytes (UTF-16 is not accepted); images and executables have many early on.
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return UNKNOWN;
            }
        }
        return CSV;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

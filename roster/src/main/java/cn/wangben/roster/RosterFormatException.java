package cn.wangben.roster;

/**
 * The file as a whole cannot be read as a roster: empty, not a spreadsheet, no header. The
 * message is Chinese and meant for the uploader; it never contains cell contents.
 */
public class RosterFormatException extends RuntimeException {

    public RosterFormatException(String message) {
        super(message);
    }

    public RosterFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

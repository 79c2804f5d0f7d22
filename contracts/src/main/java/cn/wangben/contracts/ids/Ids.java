package cn.wangben.contracts.ids;

/** Shared checks for typed ids: they end up in Mongo field paths and Kafka keys, so the alphabet is narrow. */
final class Ids {
    static final int MAX_LENGTH = 64;

    private Ids() {}

    /**
     * Checked by hand, not by a regular expression: every id of every event decoded passes here (several per event, a
     * rebuild replays hundreds of thousands of events), and a matcher per id was a visible share of decoding.
     */
    static String require(String kind, String value) {
        if (!safe(value)) {
            throw new IllegalArgumentException(
                    kind + " must be 1-" + MAX_LENGTH + " characters of [A-Za-z0-9_-], got: " + value);
        }
        return value;
    }

    private static boolean safe(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}

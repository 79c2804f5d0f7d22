package cn.wangben.contracts.ids;

import java.util.regex.Pattern;

/** Shared checks for typed ids: they end up in Mongo field paths and Kafka keys, so the alphabet is narrow. */
final class Ids {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Ids() {}

    static String require(String kind, String value) {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be 1-64 characters of [A-Za-z0-9_-], got: " + value);
        }
        return value;
    }
}

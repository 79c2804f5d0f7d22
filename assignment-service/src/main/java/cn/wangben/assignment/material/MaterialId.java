package cn.wangben.assignment.material;

import java.util.UUID;
import java.util.regex.Pattern;

/** One course material; the same narrow alphabet as the platform's typed ids. */
public record MaterialId(String value) {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public MaterialId {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("MaterialId must be 1-64 characters of [A-Za-z0-9_-], got: " + value);
        }
    }

    public static MaterialId of(String value) {
        return new MaterialId(value);
    }

    public static MaterialId random() {
        return new MaterialId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

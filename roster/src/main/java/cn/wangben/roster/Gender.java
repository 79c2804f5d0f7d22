package cn.wangben.roster;

import java.util.Optional;

/** 性别 as written in the roster. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Gender> parse(String text) {
        for (Gender gender : values()) {
            if (gender.label.equals(text)) {
                return Optional.of(gender);
            }
        }
        return Optional.empty();
    }
}

package cn.wangben.identity.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** The stage of a school (学段) as the county registers it. */
public enum SchoolStage {
    KINDERGARTEN("幼儿园"),
    PRIMARY("小学"),
    JUNIOR("初中"),
    SENIOR("高中"),
    NINE_YEAR("九年一贯制");

    private final String label;

    SchoolStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By its Chinese label or its English name, as forms and API clients send it. */
    public static Optional<SchoolStage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String given = text.strip();
        return Arrays.stream(values())
                .filter(s -> s.label.equals(given) || s.name().equalsIgnoreCase(given))
                .findFirst();
    }
}

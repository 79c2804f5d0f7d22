package cn.wangben.roster;

import java.util.Optional;

/** 学段: the school stage a teacher teaches. The vocabulary is closed; anything else is a row error. */
public enum Stage {
    KINDERGARTEN("幼儿园"),
    PRIMARY("小学"),
    JUNIOR_SECONDARY("初中"),
    SENIOR_SECONDARY("高中");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Stage> parse(String text) {
        for (Stage stage : values()) {
            if (stage.label.equals(text)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}

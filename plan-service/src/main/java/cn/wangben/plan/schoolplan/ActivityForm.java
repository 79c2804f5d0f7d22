package cn.wangben.plan.schoolplan;

import java.util.Arrays;
import java.util.Optional;

/** The forms of school activities seen in real plans (seeds 000 and 003); the Chinese label is what users type. */
public enum ActivityForm {
    LECTURE("专题讲座"),
    COLLECTIVE_PREPARATION("集体备课"),
    LESSON_OBSERVATION("听课评课"),
    SKILL_TRAINING("技能训练"),
    READING_REPORT("读书汇报"),
    OPEN_LESSON("公开课"),
    TEACHING_CONTEST("教学比武"),
    RESEARCH("课题研究"),
    ONLINE_STUDY("网络研修"),
    OTHER("其他");

    private final String label;

    ActivityForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ActivityForm> byLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }
}

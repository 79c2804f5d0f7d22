package cn.wangben.roster;

import java.util.List;
import java.util.Optional;

/** The columns of a 学员信息表, recognised by their Chinese header or a common synonym. */
public enum Column {
    NAME("姓名", true, "姓名", "教师姓名", "学员姓名"),
    GENDER("性别", true, "性别"),
    ID_NUMBER("身份证号", true, "身份证号", "身份证号码", "身份证", "公民身份号码"),
    PHONE("手机号", true, "手机号", "手机号码", "手机", "联系电话", "电话"),
    STAGE("学段", true, "学段", "任教学段"),
    SUBJECT("学科", false, "学科", "任教学科"),
    TITLE("职称", false, "职称"),
    YEARS("教龄", true, "教龄", "从教年限");

    private final String label;
    private final boolean required;
    private final List<String> synonyms;

    Column(String label, boolean required, String... synonyms) {
        this.label = label;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    /** The canonical Chinese name, used in messages when the file's own header is not known. */
    public String label() {
        return label;
    }

    /** Subject and title may be blank (kindergarten teachers often have no subject); the rest must be present. */
    public boolean required() {
        return required;
    }

    /**
     * Matches a header cell. Spaces (also full-width) and the "*" that templates put on mandatory
     * columns are ignored, so "* 身份证号码" still counts.
     */
    public static Optional<Column> recognise(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = Normalizer.withoutSpaces(header).replace("*", "").replace("＊", "");
        for (Column column : values()) {
            if (column.synonyms.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}

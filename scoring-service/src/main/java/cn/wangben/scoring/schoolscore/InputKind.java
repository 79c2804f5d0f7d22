package cn.wangben.scoring.schoolscore;

/** Which field of an {@link ItemEntry} a rubric item reads, by the item's rule kind. */
public enum InputKind {
    /** TIERS, LEVELS: the name of a tier or level. */
    CHOICE,
    /** DEDUCTION: how many times the deducted thing happened. */
    COUNT,
    /** SEVERITY_DEDUCTION, ADDITION: a count per named severity or kind. */
    COUNTS,
    /** MANUAL: points entered directly. */
    POINTS,
    /** ATTENDANCE: never entered; computed from the attendance records. */
    ATTENDANCE;

    static InputKind of(String ruleKind) {
        return switch (ruleKind) {
            case "TIERS", "LEVELS" -> CHOICE;
            case "DEDUCTION" -> COUNT;
            case "SEVERITY_DEDUCTION", "ADDITION" -> COUNTS;
            case "ATTENDANCE" -> ATTENDANCE;
            default -> POINTS;
        };
    }
}

package cn.wangben.contracts;

import java.util.List;

/** Kafka topic names. The suffix is the topic's schema generation; a breaking change gets a new topic. */
public final class Topics {
    public static final String PROGRAMMES = "wangben.plan.programmes.v1";
    public static final String SCHOOL_PLANS = "wangben.plan.school-plans.v1";
    public static final String ROSTERS = "wangben.plan.rosters.v1";
    public static final String TRAINEES = "wangben.plan.trainees.v1";
    public static final String MODULES = "wangben.assignment.modules.v1";
    public static final String SUBMISSIONS = "wangben.assignment.submissions.v1";
    public static final String TENANTS = "wangben.identity.tenants.v1";
    public static final String GRADES = "wangben.assignment.grades.v1";
    public static final String RESULTS = "wangben.scoring.results.v1";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ALL =
            List.of(PROGRAMMES, SCHOOL_PLANS, ROSTERS, TRAINEES, MODULES, SUBMISSIONS, GRADES, RESULTS, TENANTS);

    private Topics() {}

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}

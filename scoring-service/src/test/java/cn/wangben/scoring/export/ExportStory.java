package cn.wangben.scoring.export;

import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.scoring.schoolscore.SchoolFixtures;
import cn.wangben.scoring.story.CountyStory;
import cn.wangben.testinfra.EventFixtures;

/** The county story with both schools named (青山县第一中学 s1, 青山县第二小学 s2) and every module released. */
final class ExportStory extends CountyStory {
    static final String PROGRAMME_NAME = CountyStory.PROGRAMME_NAME;
    static final String FIRST = "青山县第一中学";
    static final String SECOND = "青山县第二小学";

    ExportStory(EventFixtures events, String suffix) {
        super(events, suffix);
    }

    /** The ID number as the roster event carries it: masked by plan-service before it leaves. */
    String masked(String who) {
        return teacher(who, "").maskedIdNumber();
    }

    RosteredTeacher teacher(String who, String name) {
        return SchoolFixtures.teacher(key(who), name);
    }

    void publish() throws Exception {
        publishUpToTheReleases();
        for (int m = 1; m <= 3; m++) {
            release(m);
        }
    }

    @Override
    protected void registerSchools() throws Exception {
        register("s1", "s1", FIRST, "小学");
        register("s2", "s2", SECOND, "小学");
    }
}

package cn.wangben.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.scoring.story.CountyStory;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.TestTokens;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The county story with only s1 named, the last module released on its own, and s1's sheet filled in. */
final class ResultsStory extends CountyStory {

    ResultsStory(EventFixtures events, String suffix) {
        super(events, suffix);
    }

    RequestPostProcessor schoolAdmin(String school) {
        return TestTokens.token("a-" + school, county.value(), school, "SCHOOL_ADMIN");
    }

    void publishAllButTheLastRelease() throws Exception {
        publishUpToTheReleases();
        release(1);
        release(2);
    }

    void releaseLastModule() throws Exception {
        release(3);
    }

    /** Attendance for the three activities, then ka's and kb's entries: 81.5 of 100 → 32.6, and 97 → 38.8. */
    void fillInSheet(Calls api) throws Exception {
        RequestPostProcessor admin = schoolAdmin("s1");
        String a = key("a");
        String b = key("b");
        api.await(api.school("s1") + "/sheet", admin, body -> body.contains(a) && body.contains(b));
        assertThat(api.put(api.school("s1") + "/attendance/activities", admin, """
                {"activities":[{"number":1,"present":["A","B"]},{"number":2,"present":["A","B"]},
                               {"number":3,"present":["A","B"]}]}""".replace("\"A\"", "\"" + a + "\"")
                                .replace("\"B\"", "\"" + b + "\""))
                        .getStatus())
                .isEqualTo(200);
        assertThat(api.put(api.school("s1") + "/sheet/rows", admin, """
                {"rows":[{"teacherKey":"A","inputs":{"politics":{"count":2},"ethics":{"counts":{"较轻":1}},
                  "lesson":{"choice":"二档"},"oneLesson":{"choice":"一级"},"classAward":{"counts":{"先进班级":3}},
                  "reading":{"points":12.5}}},
                 {"teacherKey":"B","inputs":{"politics":{"count":0},"ethics":{"counts":{}},
                  "lesson":{"choice":"一档"},"oneLesson":{"choice":"一级"},
                  "classAward":{"counts":{"先进班级":1,"联合体出课":1}},"reading":{"points":15}}}]}""".replace("\"A\"", "\"" + a + "\"")
                                .replace("\"B\"", "\"" + b + "\""))
                        .getStatus())
                .isEqualTo(200);
    }

    @Override
    protected void registerSchools() throws Exception {
        register("s1", "S1", "青山县第一中学", "初中");
    }
}

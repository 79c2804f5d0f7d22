package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The county's side in headless Chromium: the county admin's programme list, and a grader grading from the queue. */
class BrowserGraderIT {
    static BrowserWorld world;

    @BeforeAll
    static void world() throws Exception {
        world = BrowserWorld.get();
    }

    @Test
    void countyAdminSeesTheCountysProgrammes() throws Exception {
        try (BrowserSession browser = BrowserSession.open(world.baseUrl(), BrowserSession.DESKTOP)) {
            browser.loginAt("/county/programmes", "qs-county-admin", BrowserWorld.PASSWORD);

            assertThat(browser.byTest("page-title").getText()).contains("研修项目");
            browser.wait.until(d -> browser.allByTest("programme-card").stream()
                    .anyMatch(card -> card.getText().contains("浏览器测试研修项目")));
            browser.screenshot("county-admin");
        }
    }

    @Test
    void graderOpensAnEssayFromTheQueueGradesItWithABandAndTheServerKeepsTheGrade() throws Exception {
        String admin = world.token("qs-county-admin");
        var allocated = world.gateway.put(
                "/api/assignments/grading/allocations/qs-grader",
                admin,
                "{\"moduleIds\":[\"" + world.moduleId + "\"],\"schoolIds\":[]}");
        assertThat(allocated.status()).as(allocated.toString()).isIn(200, 204);
        world.submitByApi("qs-teacher-wangfang", "做学生成长的引路人：读书、上课、反思，每学期写一份教学案例，三年内成为县级骨干教师。");
        String teacher = world.subject("qs-teacher-wangfang");
        String item = "/api/assignments/grading/modules/" + world.moduleId + "/items/" + teacher;
        // the grading queue learns of the essay from EssaySubmitted on Kafka
        Eventually.reply(Duration.ofSeconds(30), () -> world.gateway.get(item, admin), 200);

        try (BrowserSession browser = BrowserSession.open(world.baseUrl(), BrowserSession.DESKTOP)) {
            browser.loginAt(
                    "/grading?programme=" + world.programmeId + "&module=" + world.moduleId + "&status=ungraded",
                    "qs-grader",
                    BrowserWorld.PASSWORD);
            browser.byTest("grading-queue");
            WebElement row = browser.wait.until(d -> browser.allByTest("queue-row").stream()
                    .filter(r -> teacher.equals(r.getAttribute("data-teacher")))
                    .findFirst()
                    .orElse(null));
            browser.screenshot("grader");
            browser.click(row);

            browser.click(browser.byTest("band-优秀"));
            WebElement score = browser.byTest("grade-score");
            score.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "18.5");
            browser.byTest("grade-comment").sendKeys("目标具体，措施可行。");
            browser.click(browser.byTest("grade-save"));

            assertThat(browser.byTest("grade-saved").getText()).contains("优秀").contains("18.5");
            var kept = world.gateway.get(item, admin);
            assertThat(kept.json().path("grade").path("band").asString()).isEqualTo("优秀");
            assertThat(kept.json().path("grade").path("score").decimalValue()).isEqualByComparingTo("18.5");
            assertThat(kept.json().path("grade").path("comment").asString()).isEqualTo("目标具体，措施可行。");
            browser.byTest("grade-next");
            browser.screenshot("grader-grade");
        }
    }
}

package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** An official (教育局, granted 青山县 and 云水县) watches the county's dashboard while teachers submit and graders grade. */
class BrowserOfficialIT {
    static BrowserWorld world;

    @BeforeAll
    static void world() throws Exception {
        world = BrowserWorld.get();
    }

    @Test
    void officialsDashboardShowsANewSubmissionAndGradeWithoutReloadingThenDrillsDownToTheSchool() throws Exception {
        try (BrowserSession browser = BrowserSession.open(world.baseUrl(), BrowserSession.DESKTOP)) {
            browser.loginAt(
                    "/dashboard?county=" + BrowserWorld.COUNTY + "&programme=" + world.programmeId,
                    "city-official",
                    BrowserWorld.PASSWORD);
            browser.byTest("dashboard");
            browser.byTest("chart-completion");
            browser.byTest("chart-per-hour");
            browser.byTest("chart-distribution");
            browser.presentByTest("at-risk");
            int submitted = figure(browser, "figure-submitted");
            int graded = figure(browser, "figure-graded");

            // a teacher of another school submits from their phone, and the county grades it (both through the API)
            String submission = world.submitByApi("qs-teacher-chenjing", "用爱心和耐心陪伴每一个孩子成长，做幼儿喜欢的老师。");
            browser.wait.until(d -> figure(browser, "figure-submitted") == submitted + 1);
            String grade = """
                    {"submissionId":"%s","band":"良好","score":15.5,"comment":"结构完整，可再结合实例。"}""".formatted(submission);
            Eventually.reply(
                    Duration.ofSeconds(30),
                    () -> world.gateway.put(
                            "/api/assignments/grading/modules/" + world.moduleId + "/items/"
                                    + world.subject("qs-teacher-chenjing") + "/grade",
                            world.token("qs-county-admin"),
                            grade),
                    200);
            browser.wait.until(d -> figure(browser, "figure-graded") == graded + 1);
            browser.resize(new Dimension(1366, 1720)); // the whole board in one picture
            browser.screenshot("official-dashboard");
            browser.resize(BrowserSession.DESKTOP);

            WebElement youer = browser.wait.until(d -> browser.allByTest("school-row").stream()
                    .filter(row -> row.getText().contains("青山县第一幼儿园"))
                    .findFirst()
                    .orElse(null));
            browser.click(youer);
            browser.wait.until(d ->
                    "青山县第一幼儿园".equals(browser.byTest("page-title").getText().trim()));
            WebElement modules = browser.wait.until(d -> d.findElement(By.cssSelector(".el-table__body")));
            assertThat(modules.getText()).contains("队伍建设").contains("良好 1");
        }
    }

    private static int figure(BrowserSession browser, String name) {
        return Integer.parseInt(browser.byTest(name).getText().trim());
    }
}

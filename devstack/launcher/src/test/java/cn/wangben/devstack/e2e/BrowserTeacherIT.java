package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A teacher in headless Chromium: Keycloak's login page, an essay written in the browser, the receipt. */
class BrowserTeacherIT {
    static final String ESSAY = "三年内成为学科骨干教师：每学期精读两本教育专著，每月上一节公开课，坚持写教学反思，" + "参加县级课题研究，用信息技术改进课堂教学。";
    static BrowserWorld world;

    @BeforeAll
    static void world() throws Exception {
        world = BrowserWorld.get();
    }

    @Test
    void teacherLogsInThroughKeycloakSubmitsAnEssayAndSeesTheReceiptTheServerKept() throws Exception {
        String module = "/teacher/programmes/" + world.programmeId + "/modules/" + world.moduleId;
        try (BrowserSession browser = BrowserSession.open(world.baseUrl(), BrowserSession.DESKTOP)) {
            browser.loginAt(module, "qs-teacher-liwen", BrowserWorld.PASSWORD);
            browser.wait.until(d -> browser.byTest("page-title").getText().contains("队伍建设"));

            browser.byTest("essay-text").sendKeys(ESSAY);
            browser.click(browser.byTest("essay-submit"));
            browser.confirm("提交");
            String receipt = browser.byTest("receipt").getText();

            var history = world.gateway.get(
                    "/api/assignments/modules/" + world.moduleId + "/submissions/mine",
                    world.token("qs-teacher-liwen"));
            var kept = history.json().path("attempts").path(0).path("receipt");
            assertThat(kept.path("submissionId").asString()).isNotBlank();
            assertThat(receipt)
                    .contains(kept.path("submissionId").asString())
                    .contains(kept.path("sha256").asString())
                    .contains("北京时间");
            browser.screenshot("teacher-receipt");

            browser.driver().get(world.baseUrl() + "/teacher/programmes");
            assertThat(browser.byTest("page-title").getText()).isEqualTo("我的研修");
            browser.screenshot("teacher-desktop");

            browser.resize(BrowserSession.PHONE);
            browser.driver().get(world.baseUrl() + module);
            browser.byTest("essay-text");
            browser.screenshot("teacher-phone");
        }
    }
}

package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A school admin (校本研修负责人) uploads a roster file with two bad rows and sees each row's error in Chinese. */
class BrowserSchoolAdminIT {
    /** Row 3's ID number has a wrong check digit (…579 is right), row 4's phone is too short. */
    static final String ROSTER = """
            姓名,性别,身份证号码,联系电话,任教学段,任教学科,职称,从教年限
            张敏,女,990300198604050466,13844445555,小学,语文,一级教师,10
            王强,男,990300197909090570,13855556666,小学,数学,高级教师,21
            刘洋,女,990300199901010684,1386666,小学,英语,二级教师,1
            """;

    static BrowserWorld world;

    @BeforeAll
    static void world() throws Exception {
        world = BrowserWorld.get();
    }

    @Test
    void schoolAdminUploadsARosterAndSeesTheRowErrorsTheServerFound() throws Exception {
        Path file = Files.createTempFile("学员信息表-", ".csv");
        Files.writeString(file, ROSTER, StandardCharsets.UTF_8);
        try (BrowserSession browser = BrowserSession.open(world.baseUrl(), BrowserSession.DESKTOP)) {
            browser.loginAt("/school", "qs-shiyan-admin", BrowserWorld.PASSWORD);
            browser.screenshot("school-admin");

            browser.driver().get(world.baseUrl() + "/school/programmes/" + world.programmeId + "?tab=roster");
            browser.presentByTest("roster-file").sendKeys(file.toString());
            browser.click(browser.byTest("roster-upload"));

            WebElement errors = browser.byTest("roster-errors");
            List<WebElement> rows = browser.wait.until(d ->
                    errors.findElements(By.tagName("tr")).size() >= 2 ? errors.findElements(By.tagName("tr")) : null);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getText()).contains("3").contains("身份证号校验位不正确");
            assertThat(rows.get(1).getText()).contains("4").contains("手机号");
            assertThat(browser.byTest("roster-error-report").getText()).isNotBlank();
            browser.screenshot("school-admin-roster-errors");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

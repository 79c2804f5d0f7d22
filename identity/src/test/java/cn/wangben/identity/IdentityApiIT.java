package cn.wangben.identity;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.testinfra.OpenApiDocs;
import cn.wangben.testinfra.WangbenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The identity API's guards, which answer before Keycloak is involved: wrong roles, other counties and bad input. What
 * provisioning does in Keycloak is tested against the real server in the end-to-end ProvisioningIT.
 */
@WangbenIntegrationTest
@AutoConfigureMockMvc
class IdentityApiIT {
    @Autowired
    MockMvc mvc;

    @Test
    void onlyThePlatformAdminRegistersCounties() throws Exception {
        mvc.perform(post("/api/identity/counties")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"newcounty\",\"name\":\"新县\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aCountyIdThatCannotBeATenantIdIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/identity/counties")
                        .with(token("root", null, null, "PLATFORM_ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"青山\",\"name\":\"青山县\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("id"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("县（区）编号")));
    }

    @Test
    void anotherCountysSchoolsAdminsAndAccountsAreNotFound() throws Exception {
        mvc.perform(post("/api/identity/counties/yunshui/schools")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"ys-x\",\"code\":\"1\",\"name\":\"某校\",\"stage\":\"小学\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/identity/counties/yunshui/schools").with(countyAdmin("qingshan")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/identity/counties/yunshui/accounts/ys-teacher-hexin/enabled")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/identity/counties/qingshan/schools/qs-shiyan/credential-slips")
                        .with(token("sa-youer", "qingshan", "qs-youer", "SCHOOL_ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void teachersProvisionNothing() throws Exception {
        mvc.perform(post("/api/identity/counties/qingshan/graders")
                        .with(teacher("t1", "qingshan", "qs-shiyan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x-grader\",\"name\":\"某人\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/identity/counties/qingshan/schools/qs-shiyan/credential-slips")
                        .with(teacher("t1", "qingshan", "qs-shiyan")))
                .andExpect(status().isForbidden());
    }

    @Test
    void enablingWithoutSayingWhichIsRefused() throws Exception {
        mvc.perform(put("/api/identity/counties/qingshan/accounts/someone/enabled")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("enabled"));
    }

    @Test
    void servesTheOpenApiDocumentKeptInDocs() throws Exception {
        OpenApiDocs.verifyServedBy(mvc, "identity");
    }
}

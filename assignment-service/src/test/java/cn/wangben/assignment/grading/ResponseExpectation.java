package cn.wangben.assignment.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;

/** One request and what its answer must be: a status, and for problems the field and type they name. */
final class ResponseExpectation {
    private final GradingScenario scenario;
    private final RequestBuilder request;

    ResponseExpectation(GradingScenario scenario, RequestBuilder request) {
        this.scenario = scenario;
        this.request = request;
    }

    void andExpect(int status) throws Exception {
        andExpect(status, null, null);
    }

    void andExpect(int status, String field) throws Exception {
        andExpect(status, field, null);
    }

    void andExpect(int status, String field, String type) throws Exception {
        var response = scenario.call(request);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = GradingScenario.JSON.readTree(body);
            assertThat(problem.get("detail").asString()).as("a Chinese detail").containsPattern("\\p{IsHan}");
            if (field != null) {
                assertThat(problem.get("field").asString()).isEqualTo(field);
            }
            if (type != null) {
                assertThat(problem.get("type").asString()).isEqualTo(type);
            }
        }
    }
}

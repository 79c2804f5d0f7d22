package cn.wangben.plan;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Publishes a programme of 青山县 through the API, as a county admin would; returns its id. */
public final class ProgrammeFixtures {
    /** The county notice's programme: period 12-05..12-31, enrollment by 12-08 24:00, other settings by default. */
    public static final String NOTICE = """
            {"name":"2026-2027第一学期教师网本研修","periodStart":"2026-12-05","periodEnd":"2026-12-31",
             "enrollmentCutoff":"2026-12-09T00:00:00+08:00"}""";

    private ProgrammeFixtures() {}

    public static String publish(MockMvc mvc) throws Exception {
        return publish(mvc, NOTICE);
    }

    public static String publish(MockMvc mvc, String json) throws Exception {
        String body = mvc.perform(post("/api/plan/programmes")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/plan/programmes/" + id + "/publish").with(countyAdmin("qingshan")))
                .andExpect(status().isOk());
        return id;
    }
}

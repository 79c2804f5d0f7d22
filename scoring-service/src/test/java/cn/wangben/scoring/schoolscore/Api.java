package cn.wangben.scoring.schoolscore;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The school scoring API as the tests call it, and waiting for events another process would have sent. */
final class Api {
    private final MockMvc mvc;
    private final String programme;

    Api(MockMvc mvc, String programme) {
        this.mvc = mvc;
        this.programme = programme;
    }

    String school(String school) {
        return "/api/scoring/programmes/" + programme + "/schools/" + school;
    }

    String sheets() {
        return "/api/scoring/programmes/" + programme + "/sheets";
    }

    MockHttpServletResponse get(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(who))
                .andReturn()
                .getResponse();
    }

    MockHttpServletResponse put(String path, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path)
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    MockHttpServletResponse post(String path, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Polls until the events published have been consumed; the wait is on Kafka, not on a clock under test. */
    String await(String path, RequestPostProcessor who, Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            MockHttpServletResponse response = mvc.perform(
                            MockMvcRequestBuilders.get(path).with(who))
                    .andReturn()
                    .getResponse();
            last = response.getStatus() + " " + body(response);
            if (response.getStatus() == 200 && ready.test(body(response))) {
                return body(response);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never ready: " + path + " → " + last);
    }
}

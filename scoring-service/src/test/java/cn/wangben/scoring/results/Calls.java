package cn.wangben.scoring.results;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP calls of the results tests, and waiting for events another service would have sent. */
final class Calls {
    private final MockMvc mvc;
    private final ResultsStory story;

    Calls(MockMvc mvc, ResultsStory story) {
        this.mvc = mvc;
        this.story = story;
    }

    String programme() {
        return "/api/scoring/programmes/" + story.programme;
    }

    String results() {
        return programme() + "/results";
    }

    String finalization() {
        return programme() + "/finalization";
    }

    String school(String school) {
        return programme() + "/schools/" + school;
    }

    MockHttpServletResponse get(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who))
                .andReturn()
                .getResponse();
    }

    MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
    }

    int anonymousStatus(String path) throws Exception {
        return anonymous(path).getStatus();
    }

    MockHttpServletResponse post(String path, RequestPostProcessor who, String json) throws Exception {
        return send(MockMvcRequestBuilders.post(path), who, json);
    }

    MockHttpServletResponse put(String path, RequestPostProcessor who, String json) throws Exception {
        return send(MockMvcRequestBuilders.put(path), who, json);
    }

    static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Polls until the events published have been consumed; the wait is on Kafka, not on a clock under test. */
    String await(String path, RequestPostProcessor who, Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            MockHttpServletResponse response = get(path, who);
            last = response.getStatus() + " " + body(response);
            if (response.getStatus() == 200 && ready.test(body(response))) {
                return body(response);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never ready: " + path + " → " + last);
    }

    private MockHttpServletResponse send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor who,
            String json)
            throws Exception {
        return mvc.perform(request.with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }
}

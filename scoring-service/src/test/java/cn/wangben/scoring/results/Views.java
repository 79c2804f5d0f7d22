package cn.wangben.scoring.results;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Every dashboard and the results list of a scenario's county, as the county admin reads them. */
final class Views {
    private Views() {}

    static List<String> of(MockMvc mvc, ScenarioEvents s) throws Exception {
        List<String> views = new ArrayList<>();
        views.add(body(mvc, "/api/scoring/dashboards/counties/" + s.county, s));
        for (int school = 1; school <= 3; school++) {
            views.add(body(
                    mvc,
                    "/api/scoring/dashboards/counties/" + s.county + "/programmes/" + s.programme + "/schools/"
                            + s.school(school),
                    s));
        }
        for (int module = 1; module <= 3; module++) {
            views.add(body(mvc, "/api/scoring/dashboards/counties/" + s.county + "/modules/" + s.module(module), s));
        }
        views.add(body(mvc, "/api/scoring/programmes/" + s.programme + "/results", s));
        return views;
    }

    /** The view with the scenario's id suffix taken out, so two counties' views compare equal. */
    static String body(MockMvc mvc, String path, ScenarioEvents s) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(countyAdmin(s.county.value())))
                .andReturn()
                .getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("%s → %s", path, body).isEqualTo(200);
        return body.replace(s.suffix, "…");
    }
}

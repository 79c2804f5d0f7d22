package cn.wangben.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps docs/api true: the live OpenAPI document of a service is written to target/openapi/, and its operations must
 * equal those of the committed docs/api/&lt;service&gt;.openapi.json. After an API change, copy the file over.
 */
public final class OpenApiDocs {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenApiDocs() {}

    /** Fetches {@code /v3/api-docs} from the service under test and {@link #verify verifies} it. */
    public static void verifyServedBy(MockMvc mvc, String service) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        verify(service, response.getContentAsString(StandardCharsets.UTF_8));
    }

    public static void verify(String service, String liveDocument) throws IOException {
        Path generated = Path.of("target", "openapi", service + ".openapi.json");
        Files.createDirectories(generated.getParent());
        JsonNode live = JSON.readTree(liveDocument);
        Files.writeString(
                generated, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live), StandardCharsets.UTF_8);
        Path committed = Path.of("..", "docs", "api", service + ".openapi.json");
        assertThat(committed)
                .as("docs/api is missing %s; copy %s there", committed.getFileName(), generated)
                .exists();
        assertThat(operations(JSON.readTree(Files.readString(committed))))
                .as("docs/api/%s is stale; copy %s over it", committed.getFileName(), generated)
                .isEqualTo(operations(live));
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue()
                .properties()
                .forEach(method -> operations.add(method.getKey().toUpperCase() + " " + path.getKey())));
        return operations;
    }
}

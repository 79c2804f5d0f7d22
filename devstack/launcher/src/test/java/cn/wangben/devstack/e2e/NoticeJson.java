package cn.wangben.devstack.e2e;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading the scenario's answers: scores exactly as the services wrote them, rows by the person's name. */
final class NoticeJson {
    /** Decimals are never read as doubles, and "60.0" stays "60.0". */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private NoticeJson() {}

    static JsonNode exact(GatewayClient.Reply reply) {
        return EXACT.readTree(reply.raw());
    }

    /** A one-decimal figure exactly as written, e.g. "60.0" (not 60, not 59.99999); {@code null} when absent. */
    static String points(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode()
                ? null
                : value.decimalValue().toPlainString();
    }

    /** The element of a JSON array whose {@code name} is this one. */
    static JsonNode row(JsonNode rows, String name) {
        return row(rows, "name", name);
    }

    static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(field).asString())) {
                return row;
            }
        }
        throw new AssertionError("no element with " + field + " " + value + " in " + rows);
    }

    static List<String> names(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.path("name").asString()));
        return names;
    }

    /** A result row's modules as "OUTCOME score", in the programme's module order. */
    static List<String> outcomes(JsonNode result) {
        List<String> outcomes = new ArrayList<>();
        result.path("modules").forEach(m -> outcomes.add(m.path("outcome").asString() + " " + points(m, "score")));
        return outcomes;
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> fields = new ArrayList<>();
        object.propertyNames().forEach(fields::add);
        return fields;
    }
}

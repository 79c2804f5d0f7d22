package cn.wangben.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo users as the realm file defines them, as a table for the terminal. */
final class DemoAccounts {

    private static final String DEFAULT_ROLES_PREFIX = "default-roles-";
    private static final String ROW = "  %s %s %s %s %s%n";
    private static final List<Integer> WIDTHS = List.of(22, 10, 15, 18, 13);

    private DemoAccounts() {}

    static String table(Path realmFile) {
        JsonNode realm = JsonMapper.builder().build().readTree(realmFile);
        StringBuilder out = new StringBuilder("  Demo accounts (realm " + DevCredentials.REALM + "):\n");
        out.append(row("username", "name", "role", "county", "school"));
        String password = "";
        for (JsonNode user : realm.path("users").values()) {
            if (user.has("serviceAccountClientId")) {
                continue; // the provisioning client's account is no one to log in as
            }
            JsonNode attributes = user.path("attributes");
            String county = attributes.has("county")
                    ? first(attributes.path("county"))
                    : joined(attributes.path("granted_counties"));
            out.append(row(
                    user.path("username").asString(),
                    user.path("firstName").asString() + " "
                            + user.path("lastName").asString(),
                    roles(user),
                    county.isEmpty() ? "-" : county,
                    attributes.has("school") ? first(attributes.path("school")) : "-"));
            password = user.path("credentials").path(0).path("value").asString(password);
        }
        return out.append("  password for all: ")
                .append(password)
                .append(System.lineSeparator())
                .toString();
    }

    private static String roles(JsonNode user) {
        return user.path("realmRoles").values().stream()
                .map(JsonNode::asString)
                .filter(r -> !r.startsWith(DEFAULT_ROLES_PREFIX))
                .collect(Collectors.joining(","));
    }

    private static String first(JsonNode values) {
        return values.path(0).asString("");
    }

    private static String joined(JsonNode values) {
        return values.values().stream().map(JsonNode::asString).collect(Collectors.joining(","));
    }

    private static String row(String... cells) {
        Object[] padded = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            padded[i] = pad(cells[i], WIDTHS.get(i));
        }
        return String.format(ROW, padded);
    }

    /** Pads by terminal columns: CJK characters take two. */
    private static String pad(String text, int columns) {
        int used =
                text.codePoints().map(cp -> Character.isIdeographic(cp) ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, columns - used));
    }
}

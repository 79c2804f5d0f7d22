package cn.wangben.devstack;

import java.time.Duration;
import java.util.List;

/** What `up` prints once everything is healthy: where things are and who can log in. */
final class Summary {

    private Summary() {}

    static void print(Devstack devstack, Duration took) {
        Ports ports = devstack.options().ports();
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "%n  devstack is up (%.0f s); data and logs in %s%n%n",
                took.toMillis() / 1e3, devstack.options().home()));
        if (devstack.options().withServices()) {
            line(out, "gateway (web + API)", devstack.gatewayUrl());
        }
        line(
                out,
                "Keycloak",
                devstack.keycloakUrl() + "  (admin console: " + DevCredentials.KEYCLOAK_ADMIN_USER + " / "
                        + DevCredentials.KEYCLOAK_ADMIN_PASSWORD + ")");
        line(out, "issuer", devstack.issuerUri());
        line(out, "Kafka", devstack.kafkaBootstrapServers());
        line(out, "MongoDB wire", devstack.mongoUri(""));
        line(
                out,
                "S3",
                devstack.s3Endpoint() + "  (" + devstack.s3AccessKey() + " / " + devstack.s3SecretKey() + ", bucket "
                        + devstack.essayBucket() + ")");
        if (devstack.options().withServices()) {
            for (Component c : List.of(
                    Component.PLAN_SERVICE,
                    Component.ASSIGNMENT_SERVICE,
                    Component.SCORING_SERVICE,
                    Component.IDENTITY)) {
                line(out, c.id(), ServiceNode.url(ports.of(c)));
            }
        }
        out.append(System.lineSeparator())
                .append(DemoAccounts.table(Layout.of(devstack.options()).realmFile()));
        out.append(String.format("%n  Stop with Ctrl-C here or ./wangben down in another shell.%n"));
        // The figure docs/performance.md records, in the benchmarks' "name: value unit" form.
        out.append(String.format("devstack start: %.0f s%n", took.toMillis() / 1e3));
        System.out.println(out);
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("  %-22s %s%n", label, value));
    }
}

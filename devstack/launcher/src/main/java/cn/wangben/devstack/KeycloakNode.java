package cn.wangben.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** Keycloak in dev mode (file database under its install folder) with the realm kept as code. */
final class KeycloakNode {

    private static final String REALM_IMPORT = "data/import/wangben-realm.json";
    /** Keycloak's dev-file database; present once the first start has imported the realm. */
    private static final String DATABASE = "data/h2";

    private KeycloakNode() {}

    static NodeContext.Launched launch(NodeContext ctx) {
        Layout layout = ctx.layout();
        Ports ports = ctx.ports();
        Path install = KeycloakInstall.ensure(layout, ctx.build());
        stageRealm(install, layout.realmFile());

        String url = baseUrl(ports);
        List<String> command = List.of(
                "/bin/bash",
                install.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=" + DevCredentials.LOOPBACK,
                "--http-port=" + ports.keycloak(),
                "--http-management-port=" + ports.keycloakManagement(),
                "--health-enabled=true",
                "--import-realm",
                // Pinned: the token issuer follows the host name, and the services validate it.
                "--hostname=" + url);
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", DevCredentials.KEYCLOAK_ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", DevCredentials.KEYCLOAK_ADMIN_PASSWORD,
                "JAVA_HOME", System.getProperty("java.home"));
        ManagedProcess process = ctx.starter().start(Component.KEYCLOAK.id(), ports.keycloak(), command, env, install);
        List<Probe> probes = List.of(
                Probe.httpOk("http://" + DevCredentials.LOOPBACK + ":" + ports.keycloakManagement() + "/health/ready"),
                Probe.httpOk(issuer(ports) + "/.well-known/openid-configuration"));
        return new NodeContext.Launched(process, probes);
    }

    static String baseUrl(Ports ports) {
        return "http://" + DevCredentials.LOOPBACK + ":" + ports.keycloak();
    }

    static String issuer(Ports ports) {
        return baseUrl(ports) + "/realms/" + DevCredentials.REALM;
    }

    /**
     * Keycloak imports a realm only while it does not exist, so edits to the realm file after the first start are
     * not applied; say so instead of letting the developer wonder.
     */
    private static void stageRealm(Path install, Path realm) {
        if (!Files.isRegularFile(realm)) {
            throw new DevstackException("realm file missing: " + realm);
        }
        Path staged = install.resolve(REALM_IMPORT);
        try {
            boolean imported = Files.isDirectory(install.resolve(DATABASE)) && Files.isRegularFile(staged);
            if (!imported) {
                Files.createDirectories(staged.getParent());
                Files.copy(realm, staged, StandardCopyOption.REPLACE_EXISTING);
            } else if (Files.mismatch(staged, realm) != -1) {
                // The staged copy stays as imported, so this warning repeats until the realm is re-imported.
                Console.warn("identity/realm/wangben-realm.json changed after Keycloak imported it; the running realm"
                        + " keeps the old definition. To re-import, stop the devstack and delete "
                        + install.resolve(DATABASE) + " (users created at runtime are lost).");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

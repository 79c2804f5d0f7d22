package cn.wangben.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the devstack runs: the project root (build outputs are read from there), the home folder that keeps all
 * data and logs across restarts, the ports, and whether the Spring services start after the infrastructure.
 */
public record DevstackOptions(Path root, Path home, Ports ports, boolean withServices) {

    private static final String HOME_FOLDER = ".local";

    public DevstackOptions {
        root = root.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
    }

    /** `./wangben up`: well-known ports, data under `<root>/.local`. */
    public static DevstackOptions localDefaults(Path root) {
        return new DevstackOptions(root, root.resolve(HOME_FOLDER), Ports.defaults(), true);
    }

    /** Tests: free ports, so a developer's running devstack does not collide; data under the given folder. */
    public static DevstackOptions forTests(Path root, Path home) {
        return new DevstackOptions(root, home, Ports.free(), true);
    }

    /** The same stack without the four Spring services (Keycloak, Kafka, S3 and Mongo only). */
    public DevstackOptions infrastructureOnly() {
        return new DevstackOptions(root, home, ports, false);
    }

    /** The project root seen from the working directory or any folder below it (a test runs in its module). */
    public static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("devstack"))) {
                return p;
            }
        }
        throw new DevstackException("no project root (a folder with mvnw and devstack/) at or above " + dir);
    }

    boolean runs(Component component) {
        return withServices || !component.isSpringService();
    }
}

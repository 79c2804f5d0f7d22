package cn.wangben.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the devstack runs: the project root (build outputs are read from there), the home folder that keeps all
 * data and logs across restarts, the ports, whether the Spring services start after the infrastructure, and whether
 * their clock can be moved (test platforms only: every service reads the same offset file, see
 * {@link #clockOffsetFile()}).
 */
public record DevstackOptions(Path root, Path home, Ports ports, boolean withServices, boolean adjustableClock) {

    private static final String HOME_FOLDER = ".local";
    private static final String CLOCK_OFFSET_FILE = "clock-offset-ms";

    public DevstackOptions {
        root = root.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
    }

    /** `./wangben up`: well-known ports, data under `<root>/.local`. */
    public static DevstackOptions localDefaults(Path root) {
        return new DevstackOptions(root, root.resolve(HOME_FOLDER), Ports.defaults(), true, false);
    }

    /**
     * Tests: free ports, so a developer's running devstack does not collide; data under the given folder; a clock the
     * test can move forward (a scenario spanning a term moves time instead of sleeping).
     */
    public static DevstackOptions forTests(Path root, Path home) {
        return new DevstackOptions(root, home, Ports.free(), true, true);
    }

    /** The same stack without the four Spring services (Keycloak, Kafka, S3 and Mongo only). */
    public DevstackOptions infrastructureOnly() {
        return new DevstackOptions(root, home, ports, false, adjustableClock);
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

    /**
     * The file holding the milliseconds every service adds to its clock (platform property
     * {@code wangben.clock.offset-file}); empty unless the clock is adjustable. It lives in the home folder, so a
     * restart keeps the time where a test moved it.
     */
    public Optional<Path> clockOffsetFile() {
        return adjustableClock ? Optional.of(home.resolve(CLOCK_OFFSET_FILE)) : Optional.empty();
    }

    boolean runs(Component component) {
        return withServices || !component.isSpringService();
    }
}

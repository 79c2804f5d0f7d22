package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchHomesTest {
    @TempDir
    Path target;

    @Test
    void aStoppedHomeKeepsOnlyItsLogs() throws Exception {
        Path home = home("e2e-1", -1);

        ScratchHomes.trim(home);

        assertThat(home.resolve("logs/mongo.log")).exists();
        assertThat(home.resolve("mongo")).doesNotExist();
        assertThat(home.resolve("keycloak-26.7.3")).doesNotExist();
        assertThat(home.resolve("pids")).doesNotExist();
    }

    @Test
    void earlierHomesAreTrimmedUnlessOneOfTheirProcessesStillRuns() throws Exception {
        Path current = home("e2e-3", -1);
        Path stopped = home("faults-1", Long.MAX_VALUE);
        Path running = home("e2e-2", ProcessHandle.current().pid());
        Path unrelated = Files.createDirectories(target.resolve("classes/mongo"));

        ScratchHomes.trimStale(target, current);

        assertThat(stopped.resolve("mongo")).doesNotExist();
        assertThat(stopped.resolve("logs/mongo.log")).exists();
        assertThat(running.resolve("mongo/wangben.mv.db")).exists();
        assertThat(current.resolve("mongo/wangben.mv.db")).exists();
        assertThat(unrelated).exists();
    }

    private Path home(String name, long pid) throws Exception {
        Path home = target.resolve(name);
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(home.resolve("logs/mongo.log"), "started");
        Files.createDirectories(home.resolve("mongo"));
        Files.writeString(home.resolve("mongo/wangben.mv.db"), "data");
        Files.createDirectories(home.resolve("keycloak-26.7.3/lib"));
        Files.writeString(home.resolve("keycloak-26.7.3/lib/k.jar"), "jar");
        Files.createDirectories(home.resolve("pids"));
        if (pid > 0) {
            Files.writeString(home.resolve("pids/mongo.pid"), "pid=" + pid + "\nport=1\n");
        }
        return home;
    }
}

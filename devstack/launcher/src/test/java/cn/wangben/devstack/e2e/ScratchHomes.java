package cn.wangben.devstack.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The platform homes end-to-end runs leave under target/. A benchmark's Mongo store alone grows by gigabytes, and a
 * developer runs dozens of them: kept whole, they once filled this machine's disk mid-run. So a stopped home keeps
 * only its logs (what a failure is read from), and a new run trims the homes earlier runs left behind, unless one of
 * their processes still runs. {@code -Dwangben.keepScratch=true} keeps everything, for a post-mortem of the data.
 */
final class ScratchHomes {
    private static final List<String> PREFIXES = List.of("e2e-", "faults-");
    private static final String LOGS = "logs";
    private static final String PIDS = "pids";

    private ScratchHomes() {}

    /** Deletes a stopped home's data (stores, logs of Kafka's data dir, the unzipped Keycloak), keeping its logs. */
    static void trim(Path home) {
        if (Boolean.getBoolean("wangben.keepScratch") || !Files.isDirectory(home)) {
            return;
        }
        try (Stream<Path> entries = Files.list(home)) {
            entries.filter(p -> !p.getFileName().toString().equals(LOGS)).forEach(ScratchHomes::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trims the homes of earlier runs under {@code parent} whose processes have all stopped. */
    static void trimStale(Path parent, Path current) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> homes = Files.list(parent)) {
            homes.filter(Files::isDirectory)
                    .filter(h -> PREFIXES.stream().anyMatch(h.getFileName().toString()::startsWith))
                    .filter(h -> !h.equals(current))
                    .filter(h -> !anyAlive(h.resolve(PIDS)))
                    .forEach(ScratchHomes::trim);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean anyAlive(Path pids) {
        if (!Files.isDirectory(pids)) {
            return false;
        }
        try (Stream<Path> files = Files.list(pids)) {
            return files.anyMatch(ScratchHomes::alive);
        } catch (IOException e) {
            return true; // unreadable: leave it alone
        }
    }

    private static boolean alive(Path pidFile) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(pidFile)) {
            p.load(in);
            return ProcessHandle.of(Long.parseLong(p.getProperty("pid", "-1")))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

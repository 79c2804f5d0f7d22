package cn.wangben.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Process main: mongo-java-server on an H2 MVStore file. Arguments: port, file. Every acknowledged write is in the
 * file before its reply (see {@link HelloAwareH2Backend}), so a kill -9 loses nothing acknowledged; SIGTERM (what
 * `down` sends) still closes the store through the shutdown hook, which compacts it.
 */
final class MongoWireServer {
    /**
     * Commands run on the server's event-loop threads and wait there for their commit; with netty's default (two per
     * core) at most four could join one, so a deadline spike's writes were written nearly one by one.
     */
    static final int WORKER_THREADS = 32;

    private static final int BOSS_THREADS = 1;
    private static final Duration STATS_EVERY = Duration.ofMinutes(1);

    private MongoWireServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        HelloAwareH2Backend backend = new HelloAwareH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        // no oplog: no service reads a change stream, and keeping one writes every change a second time
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, backend), "mongo-shutdown"));
        server.bind(new InetSocketAddress(DevCredentials.LOOPBACK, port), BOSS_THREADS, WORKER_THREADS);
        System.out.println("mongo-java-server listening on " + port + ", data in " + file);
        reportCommits(backend);
    }

    /** One line a minute while writes arrive: how many commands each commit carried. */
    private static void reportCommits(HelloAwareH2Backend backend) {
        GroupCommit commits = backend.commits();
        Thread reporter = new Thread(
                () -> {
                    long commitsBefore = 0;
                    long waitsBefore = 0;
                    while (true) {
                        try {
                            Thread.sleep(STATS_EVERY.toMillis());
                        } catch (InterruptedException e) {
                            return;
                        }
                        long c = commits.commits() - commitsBefore;
                        long w = commits.waits() - waitsBefore;
                        commitsBefore += c;
                        waitsBefore += w;
                        if (c > 0) {
                            System.out.printf(
                                    "group commit: %d commits for %d commands in the last %d s (%.1f per commit);"
                                            + " page cache hits %d %%%n",
                                    c, w, STATS_EVERY.toSeconds(), w / (double) c, backend.cacheHitPercent());
                        }
                    }
                },
                "mongo-commit-stats");
        reporter.setDaemon(true);
        reporter.start();
    }

    private static void stop(MongoServer server, H2Backend backend) {
        server.shutdown();
        backend.close();
        System.out.println("mongo-java-server stopped, store closed");
    }
}

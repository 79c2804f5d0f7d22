package cn.wangben.devstack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server 1.47 knows `isMaster` but not its successor `hello`, which Spring Boot's Mongo health indicator
 * sends; without this the services' /actuator/health stays DOWN against the devstack although Mongo works. Its
 * databases look ids up through the _id index even when a query guards the id with other fields.
 *
 * <p>Durable acknowledgements: the MVStore commits on its own only about once a second, so a kill -9 lost the last
 * second of writes the clients had been told were stored (a receipt among them). Every command that changed the store
 * now commits before its reply goes out. The commit writes the file but does not fsync: a crashed process loses
 * nothing, a crashed machine may (MongoDB's own journal defaults to the same 100 ms window). Concurrent writers share
 * commit ({@link GroupCommit}): while one commit writes, the commands finishing meanwhile wait for the next, which
 * writes all of their changes at once.
 *
 * <p>The store's own background commits are off. They write asynchronously, after releasing the store lock, and a
 * change they had taken no longer counted as unsaved: a command that found "nothing unsaved" could reply while its
 * change was still on the way to the file. Now every store is written by a command thread that holds the lock until
 * its chunk is in the file, and a write command always takes the lock before replying.
 */
final class HelloAwareH2Backend extends H2Backend {

    private static final String HELLO = "hello";
    private static final String IS_MASTER = "isMaster";
    /** Commands that change nothing: they commit only if something is unsaved (a read never waits for a commit). */
    private static final Set<String> READS = Set.of(
            "find",
            "getMore",
            "count",
            "distinct",
            "listCollections",
            "listIndexes",
            "listDatabases",
            "isMaster",
            "ismaster",
            "hello",
            "ping",
            "buildInfo",
            "buildinfo",
            "getLastError",
            "getlasterror",
            "serverStatus",
            "killCursors",
            "endSessions",
            "connectionStatus",
            "getParameter",
            "dbStats",
            "collStats",
            "whatsmyuri",
            "hostInfo",
            "getCmdLineOpts",
            "getLog");

    /**
     * How long a commit waits for write commands still executing. A command takes well under a millisecond, so this
     * only bounds the wait when commands keep starting; it adds nothing to a lone write.
     */
    private static final Duration COMMIT_LINGER = Duration.ofMillis(2);

    /**
     * The page cache, in MiB. At the store's default (16) a deadline spike's essays pushed the grading queue's pages
     * out, so every pass over it read and decoded them from the file again.
     */
    static final int CACHE_MIB = 128;

    private final GroupCommit commits;

    HelloAwareH2Backend(String fileName) {
        super(fileName);
        MVStore store = getMvStore();
        store.setAutoCommitDelay(0);
        store.setCacheSize(CACHE_MIB);
        this.commits = new GroupCommit(store::commit, COMMIT_LINGER);
    }

    GroupCommit commits() {
        return commits;
    }

    /** The page cache's hit ratio in percent, for the server's periodic line. */
    int cacheHitPercent() {
        return getMvStore().getFileStore().getCacheHitRatio();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IdLookupH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!HELLO.equalsIgnoreCase(command)) {
            boolean write = !READS.contains(command);
            if (write) {
                commits.writeStarted();
            }
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                // also after an error reply: an unordered bulk write may have stored part of its documents
                if (write || getMvStore().hasUnsavedChanges()) {
                    commits.awaitDurable(write);
                }
            }
        }
        Document answer = super.handleCommand(channel, databaseName, IS_MASTER, query);
        // the field `hello` answers carry instead of `ismaster`
        answer.put("isWritablePrimary", Boolean.TRUE);
        return answer;
    }
}

package cn.wangben.devstack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
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
 * one commit: whoever takes the store lock next writes all changes made so far.
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

    HelloAwareH2Backend(String fileName) {
        super(fileName);
        getMvStore().setAutoCommitDelay(0);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IdLookupH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!HELLO.equalsIgnoreCase(command)) {
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                // also after an error reply: an unordered bulk write may have stored part of its documents
                commitChanges(command);
            }
        }
        Document answer = super.handleCommand(channel, databaseName, IS_MASTER, query);
        // the field `hello` answers carry instead of `ismaster`
        answer.put("isWritablePrimary", Boolean.TRUE);
        return answer;
    }

    /**
     * A write command commits even when nothing looks unsaved: that can mean another thread's commit holds its change and
     * is still writing it, and the commit waits for that one's lock.
     */
    private void commitChanges(String command) {
        MVStore store = getMvStore();
        if (!READS.contains(command) || store.hasUnsavedChanges()) {
            store.commit();
        }
    }
}

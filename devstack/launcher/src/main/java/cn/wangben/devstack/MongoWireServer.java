package cn.wangben.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Process main: mongo-java-server on an H2 MVStore file. Arguments: port, file. Every acknowledged write is in the
 * file before its reply (see {@link HelloAwareH2Backend}), so a kill -9 loses nothing acknowledged; SIGTERM (what
 * `down` sends) still closes the store through the shutdown hook, which compacts it.
 */
final class MongoWireServer {

    private MongoWireServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        H2Backend backend = new HelloAwareH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        // no oplog: no service reads a change stream, and keeping one writes every change a second time
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, backend), "mongo-shutdown"));
        server.bind(DevCredentials.LOOPBACK, port);
        System.out.println("mongo-java-server listening on " + port + ", data in " + file);
    }

    private static void stop(MongoServer server, H2Backend backend) {
        server.shutdown();
        backend.close();
        System.out.println("mongo-java-server stopped, store closed");
    }
}

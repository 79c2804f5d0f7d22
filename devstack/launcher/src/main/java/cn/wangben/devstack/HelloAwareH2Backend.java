package cn.wangben.devstack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server 1.47 knows `isMaster` but not its successor `hello`, which Spring Boot's Mongo health indicator
 * sends; without this the services' /actuator/health stays DOWN against the devstack although Mongo works. Its
 * databases look ids up through the _id index even when a query guards the id with other fields.
 */
final class HelloAwareH2Backend extends H2Backend {

    private static final String HELLO = "hello";
    private static final String IS_MASTER = "isMaster";

    HelloAwareH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IdLookupH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!HELLO.equalsIgnoreCase(command)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document answer = super.handleCommand(channel, databaseName, IS_MASTER, query);
        // the field `hello` answers carry instead of `ismaster`
        answer.put("isWritablePrimary", Boolean.TRUE);
        return answer;
    }
}

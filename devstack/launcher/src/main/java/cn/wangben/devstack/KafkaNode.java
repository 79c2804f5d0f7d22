package cn.wangben.devstack;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** The Apache Kafka broker (KRaft, one combined node) as its own JVM, from the kafka-runtime module's class path. */
final class KafkaNode {

    private static final String HEAP = "-Xmx512m";
    private static final String MAIN = "kafka.Kafka";
    private static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    private static final String SERVER_LOG = "kafka-server";
    private static final int UUID_BYTES = 16;

    private KafkaNode() {}

    static NodeContext.Launched launch(NodeContext ctx) {
        Layout layout = ctx.layout();
        Ports ports = ctx.ports();
        Path dir = layout.kafkaDir();
        Path data = dir.resolve("data");
        Path serverProperties = dir.resolve("server.properties");
        Path log4j = dir.resolve("log4j2.xml");
        Path serverLog = layout.log(SERVER_LOG);
        String classpath = Layout.readClasspath(layout.kafkaClasspathFile());

        // Rewritten on every start: the data stays, the ports may differ (tests pick free ones).
        Templates.render(
                "/devstack/kafka-server.properties",
                Map.of(
                        "port", Integer.toString(ports.kafka()),
                        "controllerPort", Integer.toString(ports.kafkaController()),
                        "dataDir", data.toString()),
                serverProperties);
        Templates.render("/devstack/kafka-log4j2.xml", Map.of("logFile", serverLog.toString()), log4j);

        List<String> jvm =
                List.of(Layout.javaBinary().toString(), HEAP, "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath);
        if (!Files.exists(data.resolve("meta.properties"))) {
            ctx.starter()
                    .runToCompletion(
                            "kafka-format",
                            concat(jvm, STORAGE_TOOL, "format", "-t", clusterId(), "-c", serverProperties.toString()),
                            dir);
        }
        ManagedProcess process = ctx.starter()
                .start(
                        Component.KAFKA.id(),
                        ports.kafka(),
                        concat(jvm, MAIN, serverProperties.toString()),
                        Map.of(),
                        dir,
                        List.of(serverLog));
        return new NodeContext.Launched(process, List.of(Probe.tcp(ports.kafka())));
    }

    /**
     * Same form as Kafka's own random-uuid (URL-safe Base64 of 16 bytes); one leading '-' would be read as an
     * option by the storage tool, which is why Kafka itself never issues such an id.
     */
    static String clusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(UUID_BYTES);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }

    private static List<String> concat(List<String> head, String... tail) {
        return Stream.concat(head.stream(), Arrays.stream(tail)).toList();
    }
}

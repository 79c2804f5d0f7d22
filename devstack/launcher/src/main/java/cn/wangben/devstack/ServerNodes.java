package cn.wangben.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The S3 and Mongo servers: small mains of this module, each in its own JVM on the launcher's class path. */
final class ServerNodes {

    private static final String HEAP = "-Xmx256m";
    /**
     * The Mongo-wire server allocates a page buffer per commit and decodes pages on reads: in the submission benchmark
     * G1 took up to a third of its CPU. A larger young generation under the throughput collector collects the same
     * garbage less often, without G1's remembered-set scans of the page cache. The old generation holds that cache
     * ({@link HelloAwareH2Backend#CACHE_MIB}).
     */
    private static final List<String> MONGO_JVM = List.of("-Xmx768m", "-Xmn256m", "-XX:+UseParallelGC");

    private ServerNodes() {}

    static NodeContext.Launched s3(NodeContext ctx) {
        int port = ctx.ports().s3();
        List<String> command = javaCommand(
                ctx, List.of(HEAP), S3Server.class, port, ctx.layout().s3Dir().toString(), DevCredentials.ESSAY_BUCKET);
        Map<String, String> env = Map.of(
                S3Server.ACCESS_KEY_ENV, DevCredentials.S3_ACCESS_KEY,
                S3Server.SECRET_KEY_ENV, DevCredentials.S3_SECRET_KEY);
        ManagedProcess process = ctx.starter()
                .start(Component.S3.id(), port, command, env, ctx.layout().home());
        return new NodeContext.Launched(process, List.of(Probe.tcp(port)));
    }

    static NodeContext.Launched mongo(NodeContext ctx) {
        int port = ctx.ports().mongo();
        List<String> command = javaCommand(
                ctx,
                MONGO_JVM,
                MongoWireServer.class,
                port,
                ctx.layout().mongoFile().toString());
        ManagedProcess process = ctx.starter()
                .start(
                        Component.MONGO.id(),
                        port,
                        command,
                        Map.of(),
                        ctx.layout().home());
        return new NodeContext.Launched(process, List.of(Probe.tcp(port)));
    }

    private static List<String> javaCommand(
            NodeContext ctx, List<String> jvm, Class<?> main, int port, String... args) {
        List<String> head = Stream.of(
                        Stream.of(Layout.javaBinary().toString()),
                        jvm.stream(),
                        Stream.of("-cp", ctx.launcherClasspath(), main.getName(), Integer.toString(port)))
                .flatMap(s -> s)
                .toList();
        return Stream.concat(head.stream(), Arrays.stream(args)).toList();
    }
}

package cn.wangben.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Spring Boot service of this repository, run from its -exec.jar with the devstack's addresses as arguments. */
final class ServiceNode {

    private static final String HEAP = "-Xmx384m";
    private static final String DATABASE_PREFIX = "wangben_";
    private static final String CLOCK_SKEW = "2s";
    private static final String TRACE_SAMPLING = "0.1";
    /** How often deadline sweeps run on a test platform, so a test that moves the clock sees them act within seconds. */
    private static final String TEST_SWEEP_INTERVAL = "1s";

    private ServiceNode() {}

    /** Fails before anything starts if a service has not been built. */
    static void requireJar(NodeContext ctx, Component service) {
        Path jar = jar(ctx, service);
        if (!Files.isRegularFile(jar)) {
            throw new DevstackException(
                    service.id() + " is not built (" + jar
                            + " is missing). Build first: ./mvnw -DskipTests install (./wangben up does it when jars are missing)");
        }
    }

    static NodeContext.Launched launch(NodeContext ctx, Component service) {
        Ports ports = ctx.ports();
        int port = ports.of(service);
        ctx.options().clockOffsetFile().ifPresent(ServiceNode::prepareClockFile);
        List<String> command = new ArrayList<>(List.of(
                Layout.javaBinary().toString(), HEAP, "-jar", jar(ctx, service).toString()));
        command.addAll(arguments(service, ports, ctx.options().clockOffsetFile()));
        ManagedProcess process = ctx.starter()
                .start(service.id(), port, command, Map.of(), ctx.layout().home());
        return new NodeContext.Launched(process, List.of(Probe.httpOk(url(port) + "/actuator/health")));
    }

    static List<String> arguments(Component service, Ports ports) {
        return arguments(service, ports, Optional.empty());
    }

    /** With a clock offset file, every service's deadlines follow it (the gateway has none: it checks only tokens). */
    static List<String> arguments(Component service, Ports ports, Optional<Path> clockOffsetFile) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + ports.of(service));
        args.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + KeycloakNode.issuer(ports));
        // one machine, one clock: no drift to tolerate, and an expired token is refused within seconds
        args.add("--wangben.security.clock-skew=" + CLOCK_SKEW);
        // production's rate (deploy/k8s/config.yaml): nothing collects spans locally, and trace ids still reach every
        // log line and Kafka record; sampling every request cost the deadline path about a tenth of its throughput
        args.add("--management.tracing.sampling.probability=" + TRACE_SAMPLING);
        switch (service) {
            case PLAN_SERVICE, SCORING_SERVICE -> args.addAll(backing(service, ports));
            case ASSIGNMENT_SERVICE -> {
                args.addAll(backing(service, ports));
                args.add("--wangben.storage.endpoint=" + url(ports.s3()));
                args.add("--wangben.storage.access-key=" + DevCredentials.S3_ACCESS_KEY);
                args.add("--wangben.storage.secret-key=" + DevCredentials.S3_SECRET_KEY);
                args.add("--wangben.storage.bucket=" + DevCredentials.ESSAY_BUCKET);
            }
            case IDENTITY -> {
                args.addAll(backing(service, ports));
                args.add("--wangben.identity.keycloak.server-url=" + url(ports.keycloak()));
            }
            case GATEWAY -> {
                args.add("--wangben.gateway.plan-uri=" + url(ports.planService()));
                args.add("--wangben.gateway.assignment-uri=" + url(ports.assignmentService()));
                args.add("--wangben.gateway.scoring-uri=" + url(ports.scoringService()));
                args.add("--wangben.gateway.identity-uri=" + url(ports.identity()));
            }
            default -> throw new IllegalArgumentException(service + " is not a Spring service");
        }
        if (service != Component.GATEWAY) {
            clockOffsetFile.ifPresent(file -> args.addAll(movableClock(service, file)));
        }
        return args;
    }

    /** The shared offset file and, where a job sweeps deadlines, a short sweep interval (they poll the clock). */
    private static List<String> movableClock(Component service, Path file) {
        List<String> args = new ArrayList<>(
                List.of("--wangben.clock.adjustable=true", "--wangben.clock.offset-file=" + file.toAbsolutePath()));
        switch (service) {
            case PLAN_SERVICE -> args.add("--wangben.deadlines.sweep-interval=" + TEST_SWEEP_INTERVAL);
            case ASSIGNMENT_SERVICE -> args.add("--wangben.missing-essays.sweep-interval=" + TEST_SWEEP_INTERVAL);
            case SCORING_SERVICE -> args.add("--wangben.school-scoring.sweep-interval=" + TEST_SWEEP_INTERVAL);
            default -> {
                // identity compares no deadlines with a job
            }
        }
        return args;
    }

    /** Offset 0 until a test moves it; an existing file (a restart) is kept, so time never jumps back. */
    private static void prepareClockFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, "0");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mongo database and Kafka: one database per service, named after it (plan-service → wangben_plan). */
    private static List<String> backing(Component service, Ports ports) {
        String database = DATABASE_PREFIX + service.id().replace("-service", "");
        return List.of(
                "--spring.mongodb.uri=mongodb://" + DevCredentials.LOOPBACK + ":" + ports.mongo() + "/" + database,
                "--spring.kafka.bootstrap-servers=" + DevCredentials.LOOPBACK + ":" + ports.kafka());
    }

    static String url(int port) {
        return "http://" + DevCredentials.LOOPBACK + ":" + port;
    }

    private static Path jar(NodeContext ctx, Component service) {
        return ctx.layout().serviceJar(service, ctx.build().projectVersion());
    }
}

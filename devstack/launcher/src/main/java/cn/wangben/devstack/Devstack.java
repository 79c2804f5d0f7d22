package cn.wangben.devstack;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The local platform: Keycloak, Kafka, S3 and Mongo servers, then the Spring services, each its own process, all
 * on 127.0.0.1 with their data under one home folder. Used by `./wangben` and by end-to-end tests.
 */
public final class Devstack {

    private final DevstackOptions options;
    private final NodeContext ctx;
    private final Map<Component, ManagedProcess> processes = new EnumMap<>(Component.class);
    private boolean stopping;
    /** The children live in their own sessions, so nothing else stops them if this JVM exits (Ctrl-C, test end). */
    private final Thread stopOnExit = new Thread(this::stop, "devstack-stop");

    Devstack(DevstackOptions options) {
        this.options = options;
        this.ctx = NodeContext.of(options);
    }

    /** Starts every component in order and waits for each; on failure stops what it started and throws. */
    public static Devstack start(DevstackOptions options) {
        Devstack devstack = new Devstack(options);
        devstack.startAll();
        return devstack;
    }

    void startAll() {
        List<Component> components =
                Arrays.stream(Component.values()).filter(options::runs).toList();
        Preflight.check(ctx, components);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            for (Component.Stage stage : Component.Stage.values()) {
                List<Component> inStage =
                        components.stream().filter(c -> c.stage() == stage).toList();
                Map<Component, NodeContext.Launched> launched = new EnumMap<>(Component.class);
                inStage.forEach(c -> launched.put(c, launch(c)));
                Readiness.awaitAll(launched, options.ports());
            }
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private synchronized NodeContext.Launched launch(Component component) {
        if (stopping) {
            throw new DevstackException("devstack is stopping; not starting " + component.id());
        }
        NodeContext.Launched launched =
                switch (component) {
                    case KEYCLOAK -> KeycloakNode.launch(ctx);
                    case KAFKA -> KafkaNode.launch(ctx);
                    case S3 -> ServerNodes.s3(ctx);
                    case MONGO -> ServerNodes.mongo(ctx);
                    default -> ServiceNode.launch(ctx, component);
                };
        processes.put(component, launched.process());
        Console.info("started " + component.id() + " (pid " + launched.process().pid() + ")");
        return launched;
    }

    /**
     * kill -9 of the component's process tree, as a crash would: no shutdown hook, no flush, no goodbye to clients.
     * Its ports and data stay as the crash left them for {@link #restart}.
     */
    public synchronized void kill(Component component) {
        ManagedProcess process = running(component);
        process.kill();
        processes.remove(component);
        Console.info("killed " + component.id() + " (kill -9, pid " + process.pid() + ")");
    }

    /** Launches a stopped or killed component again on the same ports and data; returns once it is ready. */
    public void restart(Component component) {
        NodeContext.Launched launched;
        synchronized (this) {
            if (processes.containsKey(component)) {
                throw new DevstackException(component.id() + " still runs; kill it first");
            }
            launched = launch(component);
        }
        // outside the lock: readiness takes a while and stop() must stay callable meanwhile
        Readiness.awaitAll(Map.of(component, launched), options.ports());
    }

    /** SIGSTOP: the component holds its connections but runs no code (a long GC pause, a frozen VM). */
    public synchronized void pause(Component component) {
        running(component).pause();
        Console.info("paused " + component.id() + " (SIGSTOP)");
    }

    /** SIGCONT after {@link #pause}. */
    public synchronized void resume(Component component) {
        running(component).resume();
        Console.info("resumed " + component.id() + " (SIGCONT)");
    }

    /** The process id of a running component (e.g. to read its CPU time). */
    public synchronized long pid(Component component) {
        return running(component).pid();
    }

    private ManagedProcess running(Component component) {
        ManagedProcess process = processes.get(component);
        if (process == null) {
            throw new DevstackException(component.id() + " is not running");
        }
        return process;
    }

    /**
     * Graceful: SIGTERM stage by stage in reverse start order; kill -9 only what outlives the grace period. A
     * second caller (e.g. the shutdown hook) waits for the first to finish.
     */
    public synchronized void stop() {
        stopping = true;
        Map<Component, ManagedProcess> toStop = new EnumMap<>(processes);
        processes.clear();
        Shutdown.inReverseStages(toStop);
        if (Thread.currentThread() != stopOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException alreadyExiting) {
                // the hook is running or about to; it finds nothing left to stop
            }
        }
    }

    public DevstackOptions options() {
        return options;
    }

    public int port(Component component) {
        return options.ports().of(component);
    }

    public String gatewayUrl() {
        return ServiceNode.url(options.ports().gateway());
    }

    public String keycloakUrl() {
        return KeycloakNode.baseUrl(options.ports());
    }

    /** What the services are configured to expect in the `iss` claim. */
    public String issuerUri() {
        return KeycloakNode.issuer(options.ports());
    }

    public String kafkaBootstrapServers() {
        return DevCredentials.LOOPBACK + ":" + options.ports().kafka();
    }

    public String mongoUri(String database) {
        return "mongodb://" + DevCredentials.LOOPBACK + ":" + options.ports().mongo() + "/" + database;
    }

    public String s3Endpoint() {
        return ServiceNode.url(options.ports().s3());
    }

    public String s3AccessKey() {
        return DevCredentials.S3_ACCESS_KEY;
    }

    public String s3SecretKey() {
        return DevCredentials.S3_SECRET_KEY;
    }

    public String essayBucket() {
        return DevCredentials.ESSAY_BUCKET;
    }

    /** An access token for a realm user via the `wangben-cli` client (password grant). */
    public String passwordGrantToken(String username, String password) {
        return TokenClient.passwordGrant(issuerUri(), username, password);
    }

    /** `up` (start and block until Ctrl-C), `down` (stop a devstack started elsewhere) or `status`. */
    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}

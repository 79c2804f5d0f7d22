package cn.wangben.devstack.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The submission spike of the fault suite, as a patient client: an essay that got no answer, a 5xx or a 429 is sent
 * again (the same text) until it gets a receipt or a refusal, so the receipts held here are what the platform promised.
 * A retry after a lost answer may be a second submission of an essay the server had already kept: the server decides,
 * and the checks afterwards hold it to what it stored. An essay still unanswered when the spike is over and its
 * patience has run out is given up (counted, never assumed stored or lost).
 */
final class FaultLoad {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration BACKOFF = Duration.ofMillis(500);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** A receipt as the client holds it. */
    record Receipt(int teacher, String module, String submissionId, String sha256, int tries) {}

    /** What the spike sent and got: receipts, refusals (status → count) and essays given up. */
    record Outcome(List<Receipt> receipts, Map<String, Integer> refusals, int lateRefusals, int gaveUp, int retries) {}

    private final BenchWorld world;
    private final List<String> modules;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final Queue<Receipt> receipts = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final AtomicInteger late = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final int[] nextModule;
    private final Object[] tokenLocks;
    private volatile boolean running = true;
    private volatile long patienceEnds = Long.MAX_VALUE;
    private ExecutorService pool;
    private final List<Future<?>> workers = new ArrayList<>();

    FaultLoad(BenchWorld world, List<String> modules) {
        this.world = world;
        this.modules = List.copyOf(modules);
        this.nextModule = new int[world.teachers.size()];
        this.tokenLocks = new Object[nextModule.length];
        for (int i = 0; i < tokenLocks.length; i++) {
            tokenLocks[i] = new Object();
        }
    }

    void start(int threads) {
        pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(this::work));
        }
    }

    /** No new essays; those in hand keep trying for {@code patience}, then are given up. */
    Outcome stop(Duration patience) throws Exception {
        running = false;
        patienceEnds = System.nanoTime() + patience.toNanos();
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return new Outcome(List.copyOf(receipts), Map.copyOf(refusals), late.get(), gaveUp.get(), retries.get());
    }

    int receiptsSoFar() {
        return receipts.size();
    }

    private Void work() throws Exception {
        while (running) {
            int teacher = ThreadLocalRandom.current().nextInt(nextModule.length);
            String module = modules.get(next(teacher));
            send(teacher, module, "{\"text\":\"" + BenchLoad.essay(SERIAL.incrementAndGet()) + "\"}");
        }
        return null;
    }

    /** Each teacher goes through the modules in turn, then resubmits: every module sees first essays early on. */
    private synchronized int next(int teacher) {
        return nextModule[teacher]++ % modules.size();
    }

    private void send(int teacher, String module, String body) throws Exception {
        for (int tries = 1; ; tries++) {
            if (tries > 1) {
                retries.incrementAndGet();
                Thread.sleep(BACKOFF.toMillis());
            }
            if (System.nanoTime() > patienceEnds) {
                gaveUp.incrementAndGet();
                return;
            }
            HttpResponse<String> response;
            String token = world.tokens[teacher];
            try {
                response = http.send(request(token, module, body), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                continue; // no answer (timeout, refused connection): the essay may or may not be stored
            }
            int status = response.statusCode();
            if (status == 201) {
                JsonNode receipt = JSON.readTree(response.body());
                receipts.add(new Receipt(
                        teacher,
                        module,
                        receipt.path("submissionId").asString(),
                        receipt.path("sha256").asString(),
                        tries));
                return;
            }
            if (status == 401) {
                renew(teacher, token);
                continue;
            }
            if (status == 429 || status >= 500) {
                continue;
            }
            refusals.merge(Integer.toString(status), 1, Integer::sum);
            if (status == 422 && response.body().contains("deadline-passed")) {
                late.incrementAndGet();
            }
            return;
        }
    }

    /**
     * Tokens live five minutes. Only one thread takes a teacher's new token, and only if no other has yet: Keycloak
     * counts logins of one user less than a second apart as an attack and disables the user for a while.
     */
    private void renew(int teacher, String rejected) {
        synchronized (tokenLocks[teacher]) {
            if (!rejected.equals(world.tokens[teacher])) {
                return;
            }
            try {
                world.tokens[teacher] =
                        world.stack.passwordGrantToken(world.teachers.get(teacher), BenchWorld.PASSWORD);
            } catch (RuntimeException keycloakBusy) {
                // Keycloak did not answer in time: the next try asks again
            }
        }
    }

    private HttpRequest request(String token, String module, String body) {
        return HttpRequest.newBuilder(
                        URI.create(world.stack.gatewayUrl() + "/api/assignments/modules/" + module + "/essays"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}

package cn.wangben.devstack.e2e;

import java.time.Duration;
import java.util.function.Predicate;

/** Waits for another process to catch up (an event crossing Kafka), polling; never used to wait on a clock. */
final class Eventually {
    /** Stays inside the gateway's per-user burst (20) for the one second a dashboard may lag. */
    private static final long POLL_MILLIS = 50;

    private Eventually() {}

    static GatewayClient.Reply reply(Duration patience, Call call, int status) throws Exception {
        return reply(patience, call, status, reply -> true);
    }

    static GatewayClient.Reply reply(Duration patience, Call call, int status, Predicate<GatewayClient.Reply> ready)
            throws Exception {
        return reply(patience, Duration.ofMillis(POLL_MILLIS), call, status, ready);
    }

    /** For slow work (thousands of accounts): poll less often, so the polling does not compete with the work. */
    static GatewayClient.Reply reply(
            Duration patience, Duration poll, Call call, int status, Predicate<GatewayClient.Reply> ready)
            throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        GatewayClient.Reply last = null;
        while (System.nanoTime() < deadline) {
            last = call.perform();
            if (last.status() == status && ready.test(last)) {
                return last;
            }
            Thread.sleep(poll.toMillis());
        }
        throw new AssertionError("Not reached within " + patience + "; last reply: " + last);
    }

    @FunctionalInterface
    interface Call {
        GatewayClient.Reply perform() throws Exception;
    }
}

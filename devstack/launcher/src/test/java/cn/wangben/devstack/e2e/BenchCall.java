package cn.wangben.devstack.e2e;

import java.io.IOException;

/** One request of an actor other than a submitting teacher: when it was sent and answered, and its status (-1: none). */
record BenchCall(long sentNanos, long doneNanos, int status) {
    long latencyMillis() {
        return (doneNanos - sentNanos) / 1_000_000;
    }

    /** Times one gateway call; an I/O failure is a call without an answer, not an exception. */
    static Timed time(Request request) throws InterruptedException {
        long sent = System.nanoTime();
        try {
            GatewayClient.Reply reply = request.send();
            return new Timed(new BenchCall(sent, System.nanoTime(), reply.status()), reply);
        } catch (IOException e) {
            return new Timed(new BenchCall(sent, System.nanoTime(), -1), null);
        }
    }

    /** The call and its reply (null when there was no answer). */
    record Timed(BenchCall call, GatewayClient.Reply reply) {
        boolean ok() {
            return call.status() / 100 == 2;
        }
    }

    @FunctionalInterface
    interface Request {
        GatewayClient.Reply send() throws IOException, InterruptedException;
    }
}

package cn.wangben.devstack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * Waits until the processes of one stage pass their probes. All are watched together, so one that dies early is
 * reported at once instead of after the slowest sibling (Keycloak) is ready.
 */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final Map<Component, NodeContext.Launched> launched;
    private final Map<Component, Deque<Probe>> pending = new EnumMap<>(Component.class);
    private final long begin = System.nanoTime();

    private Readiness(Map<Component, NodeContext.Launched> launched) {
        this.launched = launched;
        launched.forEach((c, l) -> pending.put(c, new ArrayDeque<>(l.probes())));
    }

    /** Returns when every component is ready; reports each with its port and time taken. */
    static void awaitAll(Map<Component, NodeContext.Launched> launched, Ports ports) {
        new Readiness(launched).run(ports);
    }

    private void run(Ports ports) {
        while (!pending.isEmpty()) {
            for (Component component : pending.keySet().toArray(Component[]::new)) {
                if (advance(component)) {
                    pending.remove(component);
                    Console.info(String.format(
                            "%s ready on port %d (%.1f s)", component.id(), ports.of(component), elapsed()));
                }
            }
            if (!pending.isEmpty()) {
                sleep();
            }
        }
    }

    /** Checks the component's next probes; true once all have passed. */
    private boolean advance(Component component) {
        Deque<Probe> probes = pending.get(component);
        ManagedProcess process = launched.get(component).process();
        while (!probes.isEmpty() && probes.peek().ready()) {
            probes.pop();
        }
        if (probes.isEmpty()) {
            return true;
        }
        String waitingFor = " (waiting for " + probes.peek().description() + ")";
        if (!process.isAlive()) {
            throw new DevstackException(
                    process.name() + " exited before it was ready" + waitingFor + process.logTail());
        }
        if (elapsed() > component.startTimeout().toSeconds()) {
            throw new DevstackException(process.name() + " was not ready within "
                    + component.startTimeout().toSeconds() + " s" + waitingFor + process.logTail());
        }
        return false;
    }

    private double elapsed() {
        return (System.nanoTime() - begin) / 1e9;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted while waiting for readiness", e);
        }
    }
}

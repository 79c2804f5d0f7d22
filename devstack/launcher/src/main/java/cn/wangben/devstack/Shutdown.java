package cn.wangben.devstack;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Stops processes stage by stage, the services before the infrastructure they depend on. */
final class Shutdown {

    /** Long enough for Kafka's controlled shutdown and Keycloak's; Spring services need a few seconds. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private Shutdown() {}

    static void inReverseStages(Map<Component, ManagedProcess> processes) {
        List<Component.Stage> stages = Arrays.asList(Component.Stage.values());
        for (int i = stages.size() - 1; i >= 0; i--) {
            Component.Stage stage = stages.get(i);
            List<ManagedProcess> inStage = processes.entrySet().stream()
                    .filter(e -> e.getKey().stage() == stage)
                    .map(Map.Entry::getValue)
                    .toList();
            inStage.forEach(ManagedProcess::requestStop);
            for (ManagedProcess process : inStage) {
                boolean graceful = process.awaitStop(GRACE);
                Console.info((graceful ? "stopped " : "killed (did not stop within " + GRACE.toSeconds() + " s) ")
                        + process.name());
            }
        }
    }
}

package cn.wangben.scoring.results;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.scoring.projection.EventIntake;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hands events to the service's one intake the way the listeners do, bypassing the inbox's event-id check, so what is
 * tested is the handlers' own idempotency by natural key.
 */
final class Feed {
    private final EventIntake intake;

    Feed(EventIntake intake) {
        this.intake = intake;
    }

    /** In polls of 1 to {@link #LARGEST_POLL} events, as the batch listeners get them. */
    void apply(List<DomainEvent> events) {
        Random sizes = new Random(events.size());
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + sizes.nextInt(LARGEST_POLL));
            intake.acceptAll(List.copyOf(events.subList(from, to)));
            from = to;
        }
    }

    static final int LARGEST_POLL = 20;

    /**
     * Each partition replayed once more after it was read (a consumer that crashed before committing), and the
     * partitions interleaved at random: the order within a key is kept, as Kafka keeps it.
     */
    static List<DomainEvent> twiceShuffledAcrossPartitions(List<DomainEvent> events, long seed) {
        Map<String, List<DomainEvent>> partitions = new LinkedHashMap<>();
        for (DomainEvent e : events) {
            partitions
                    .computeIfAbsent(EventCatalog.of(e).topic() + "/" + e.partitionKey(), k -> new ArrayList<>())
                    .add(e);
        }
        List<List<DomainEvent>> queues = new ArrayList<>();
        partitions.values().forEach(p -> {
            List<DomainEvent> twice = new ArrayList<>(p);
            twice.addAll(p);
            queues.add(twice);
        });
        Random random = new Random(seed);
        List<DomainEvent> shuffled = new ArrayList<>();
        while (!queues.isEmpty()) {
            List<DomainEvent> queue = queues.get(random.nextInt(queues.size()));
            shuffled.add(queue.remove(0));
            if (queue.isEmpty()) {
                queues.remove(queue);
            }
        }
        return shuffled;
    }
}

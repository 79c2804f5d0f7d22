package cn.wangben.scoring.projection.messaging;

import cn.wangben.scoring.projection.LiveConsumers;
import cn.wangben.scoring.projection.LogEnd;
import cn.wangben.scoring.projection.RebuildThreads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Stops and starts the projection listeners. Before they start after a rebuild, each listener's group is given the
 * replay's end as its committed position (allowed while the group has no member), so no event is applied twice and
 * none is skipped.
 */
@Component
class KafkaLiveConsumers implements LiveConsumers {
    private static final List<String> LISTENERS =
            List.of(ProjectionListener.PLANS, ProjectionListener.WORK, ProjectionListener.MODULES);
    private final KafkaListenerEndpointRegistry registry;
    private final ConsumerFactory<String, String> consumers;

    KafkaLiveConsumers(KafkaListenerEndpointRegistry registry, ConsumerFactory<String, String> consumers) {
        this.registry = registry;
        this.consumers = consumers;
    }

    @Override
    public void stop() {
        LISTENERS.forEach(id -> container(id).stop());
    }

    @Override
    public void start(LogEnd end) {
        if (end != null) {
            commitAll(end);
        }
        LISTENERS.forEach(id -> container(id).start());
    }

    /** The groups' positions are committed at once: each commit waits on its own group coordinator. */
    private void commitAll(LogEnd end) {
        ExecutorService committers = RebuildThreads.pool("rebuild-commit", LISTENERS.size());
        try {
            List<Future<?>> commits = new ArrayList<>();
            for (String id : LISTENERS) {
                List<String> topics =
                        List.of(container(id).getContainerProperties().getTopics());
                commits.add(committers.submit(() -> commit(id, topics, end)));
            }
            commits.forEach(commit -> RebuildThreads.await(commit, "committing the replay's end"));
        } finally {
            committers.shutdownNow();
        }
    }

    private void commit(String group, List<String> topics, LogEnd end) {
        Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
        end.offsets().forEach((key, offset) -> {
            int slash = key.lastIndexOf('/');
            String topic = key.substring(0, slash);
            if (topics.contains(topic)) {
                positions.put(
                        new TopicPartition(topic, Integer.parseInt(key.substring(slash + 1))),
                        new OffsetAndMetadata(offset));
            }
        });
        Properties manual = new Properties();
        manual.put("enable.auto.commit", "false");
        try (var consumer = consumers.createConsumer(group, "rebuild-commit", null, manual)) {
            consumer.commitSync(positions);
        }
    }

    private MessageListenerContainer container(String id) {
        MessageListenerContainer container = registry.getListenerContainer(id);
        if (container == null) {
            throw new IllegalStateException("no listener " + id);
        }
        return container;
    }
}

package cn.wangben.platform.messaging;

import cn.wangben.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/** Topics (with their dead-letter topics), the retry-then-dead-letter policy, and the inbox. */
@AutoConfiguration
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingConfiguration {
    /** The container factory of batch listeners ({@link EventInbox#acceptBatch}). */
    public static final String BATCH_LISTENERS = "batchListenerContainerFactory";

    /**
     * The domain topics keep their whole log (no time or size retention): projections are rebuilt by reading them from
     * offset 0 (docs/results.md). {@code spring.kafka.admin.modify-topic-configs} applies this to existing topics.
     */
    static final Map<String, String> KEEP_FOREVER = Map.of("retention.ms", "-1", "retention.bytes", "-1");

    @Bean
    KafkaAdmin.NewTopics wangbenTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(new NewTopic(topic, properties.partitions(), properties.replicas()).configs(KEEP_FOREVER));
            topics.add(new NewTopic(Topics.deadLetter(topic), properties.partitions(), properties.replicas()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    CommonErrorHandler wangbenErrorHandler(KafkaTemplate<String, String> template, MessagingProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template, (record, e) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        var handler = new DefaultErrorHandler(
                recoverer, new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()));
        handler.addNotRetryableExceptions(EventDecodingException.class);
        return handler;
    }

    /**
     * Batch listeners' containers are configured as every other listener's (error handler with its dead-letter topics,
     * observation), but are handed a whole poll and commit once per poll, after the batch is applied.
     */
    @Bean(BATCH_LISTENERS)
    ConcurrentKafkaListenerContainerFactory<Object, Object> batchListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        return factory;
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }

    @Bean
    EventInbox eventInbox(EventCodec codec, ProcessedEvents processed, MeterRegistry meters, Clock clock) {
        return new EventInbox(codec, processed, meters, clock);
    }
}

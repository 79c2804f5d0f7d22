package cn.wangben.assignment.grading.messaging;

import cn.wangben.assignment.grading.GradingIntake;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.EventType;
import cn.wangben.contracts.Topics;
import cn.wangben.platform.messaging.EventInbox;
import cn.wangben.platform.messaging.MessagingConfiguration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the grading queue: modules (for bands and release), accepted and missed essays. A poll's records at once:
 * during the deadline spike a run of accepted essays costs a few round trips, not several per essay.
 */
@Component
class GradingListener {
    private static final String CONSUMER = "assignment-service.grading";
    private static final Set<EventType<?>> EVENTS =
            Set.of(EventCatalog.MODULE_SCHEDULED, EventCatalog.ESSAY_SUBMITTED, EventCatalog.ESSAY_MISSED);
    private final EventInbox inbox;
    private final GradingIntake intake;

    GradingListener(EventInbox inbox, GradingIntake intake) {
        this.inbox = inbox;
        this.intake = intake;
    }

    @KafkaListener(
            topics = {Topics.MODULES, Topics.SUBMISSIONS},
            id = CONSUMER,
            containerFactory = MessagingConfiguration.BATCH_LISTENERS)
    void on(List<ConsumerRecord<String, String>> records) {
        inbox.acceptBatch(CONSUMER, records, EVENTS, intake::acceptAll);
    }
}

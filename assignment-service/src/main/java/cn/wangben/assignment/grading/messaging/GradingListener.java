package cn.wangben.assignment.grading.messaging;

import cn.wangben.assignment.grading.GradingIntake;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the grading queue: modules (for bands and release), accepted and missed essays. */
@Component
class GradingListener {
    private static final String CONSUMER = "assignment-service.grading";
    private final EventInbox inbox;
    private final EventInbox.Handlers handlers;

    GradingListener(EventInbox inbox, GradingIntake intake) {
        this.inbox = inbox;
        this.handlers = EventInbox.handlers()
                .on(EventCatalog.MODULE_SCHEDULED, intake::moduleScheduled)
                .on(EventCatalog.ESSAY_SUBMITTED, intake::essaySubmitted)
                .on(EventCatalog.ESSAY_MISSED, intake::essayMissed);
    }

    @KafkaListener(
            topics = {Topics.MODULES, Topics.SUBMISSIONS},
            id = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.accept(CONSUMER, record, handlers);
    }
}

package cn.wangben.plan.hours.messaging;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.scoring.TraineeResultFinalized;
import cn.wangben.plan.hours.HoursDesk;
import cn.wangben.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Finalized results from scoring-service credit 学时 to the teacher's record. */
@Component
class ResultListener {
    private static final String CONSUMER = "plan-service.results";
    private final EventInbox inbox;
    private final EventInbox.Handlers handlers;

    ResultListener(EventInbox inbox, HoursDesk hours) {
        this.inbox = inbox;
        this.handlers = EventInbox.handlers()
                .on(EventCatalog.TRAINEE_RESULT_FINALIZED, (TraineeResultFinalized e) -> hours.credit(e));
    }

    @KafkaListener(topics = Topics.RESULTS, id = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.accept(CONSUMER, record, handlers);
    }
}

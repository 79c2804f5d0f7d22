package cn.wangben.plan.standing.messaging;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.plan.standing.RegisteredSchools;
import cn.wangben.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class SchoolRegistryListener {
    private static final String CONSUMER = "plan-service.tenants";
    private final EventInbox inbox;
    private final EventInbox.Handlers handlers;

    SchoolRegistryListener(EventInbox inbox, RegisteredSchools schools) {
        this.inbox = inbox;
        this.handlers = EventInbox.handlers()
                .on(
                        EventCatalog.SCHOOL_REGISTERED,
                        (SchoolRegistered e) -> schools.remember(e.countyId(), e.schoolId(), e.name(), e.occurredAt()));
    }

    @KafkaListener(topics = Topics.TENANTS, id = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.accept(CONSUMER, record, handlers);
    }
}

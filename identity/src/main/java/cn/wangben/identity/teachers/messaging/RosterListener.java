package cn.wangben.identity.teachers.messaging;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.identity.teachers.TeacherProvisioning;
import cn.wangben.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Teacher accounts from plan-service's roster batches (the roster import itself lives in plan-service). */
@Component
class RosterListener {
    private static final Logger log = LoggerFactory.getLogger(RosterListener.class);
    private static final String CONSUMER = "identity.rosters";
    private final EventInbox inbox;
    private final EventInbox.Handlers handlers;

    RosterListener(EventInbox inbox, TeacherProvisioning provisioning) {
        this.inbox = inbox;
        this.handlers = EventInbox.handlers().on(EventCatalog.TEACHERS_ROSTERED, (TeachersRostered e) -> {
            TeacherProvisioning.Outcome outcome = provisioning.provision(e);
            log.info(
                    "Roster {} batch {}/{} of school {}: {} accounts created, {} already there",
                    e.rosterId(),
                    e.batch(),
                    e.batches(),
                    e.schoolId().value(),
                    outcome.created(),
                    outcome.alreadyThere());
        });
    }

    @KafkaListener(topics = Topics.ROSTERS, id = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.accept(CONSUMER, record, handlers);
    }
}

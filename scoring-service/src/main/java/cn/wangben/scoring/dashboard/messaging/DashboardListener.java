package cn.wangben.scoring.dashboard.messaging;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.platform.messaging.EventInbox;
import cn.wangben.scoring.dashboard.Projections;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Dashboards are fed only by events: no call to another service, no scan at read time. */
@Component
class DashboardListener {
    private static final String MODULES = "scoring-service.dashboard.modules";
    private static final String SUBMISSIONS = "scoring-service.dashboard.submissions";
    private final EventInbox inbox;
    private final EventInbox.Handlers moduleHandlers;
    private final EventInbox.Handlers submissionHandlers;

    DashboardListener(EventInbox inbox, Projections projections) {
        this.inbox = inbox;
        this.moduleHandlers = EventInbox.handlers().on(EventCatalog.MODULE_SCHEDULED, projections::moduleScheduled);
        this.submissionHandlers = EventInbox.handlers().on(EventCatalog.ESSAY_SUBMITTED, projections::essaySubmitted);
    }

    @KafkaListener(topics = Topics.MODULES, id = MODULES)
    void onModule(ConsumerRecord<String, String> record) {
        inbox.accept(MODULES, record, moduleHandlers);
    }

    @KafkaListener(topics = Topics.SUBMISSIONS, id = SUBMISSIONS)
    void onSubmission(ConsumerRecord<String, String> record) {
        inbox.accept(SUBMISSIONS, record, submissionHandlers);
    }
}

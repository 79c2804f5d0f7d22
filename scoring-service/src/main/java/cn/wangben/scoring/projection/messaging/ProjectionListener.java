package cn.wangben.scoring.projection.messaging;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.EventType;
import cn.wangben.contracts.Topics;
import cn.wangben.platform.messaging.EventInbox;
import cn.wangben.platform.messaging.MessagingConfiguration;
import cn.wangben.scoring.projection.EventIntake;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * School scoring, results and dashboards are fed only by events, through one intake: no call to another service, no
 * scan at read time. Three consumers: plan-service's and identity's topics, the online work (the deadline spike,
 * kept apart so it cannot delay the rest), and modules with their grades. The last two take a poll's records at once
 * (a few writes per batch, not several per event). Each handler is idempotent by natural key; the inbox also skips
 * redelivered event ids.
 */
@Component
class ProjectionListener {
    static final String PLANS = "scoring-service.results.plans";
    static final String WORK = "scoring-service.results.work";
    static final String MODULES = "scoring-service.results.modules";
    private static final Set<EventType<?>> WORK_EVENTS =
            Set.of(EventCatalog.ESSAY_SUBMITTED, EventCatalog.ESSAY_MISSED);
    private static final Set<EventType<?>> MODULE_EVENTS =
            Set.of(EventCatalog.MODULE_SCHEDULED, EventCatalog.ESSAY_GRADED, EventCatalog.MODULE_GRADES_RELEASED);
    private final EventInbox inbox;
    private final EventIntake intake;
    private final EventInbox.Handlers plans;

    ProjectionListener(EventInbox inbox, EventIntake intake) {
        this.inbox = inbox;
        this.intake = intake;
        this.plans = EventInbox.handlers()
                .on(EventCatalog.PROGRAMME_PUBLISHED, intake::programmePublished)
                .on(EventCatalog.PROGRAMME_REVISED, intake::programmeRevised)
                .on(EventCatalog.SCHOOL_PLAN_SUBMITTED, intake::planSubmitted)
                .on(EventCatalog.SCHOOL_PLAN_RETURNED, intake::planReturned)
                .on(EventCatalog.SCHOOL_PLAN_APPROVED, intake::planApproved)
                .on(EventCatalog.SCHOOL_CANCELLED, intake::cancelled)
                .on(EventCatalog.SCHOOL_REINSTATED, intake::reinstated)
                .on(EventCatalog.TEACHERS_ROSTERED, intake::rostered)
                .on(EventCatalog.ROSTER_IMPORTED, intake::rosterImported)
                .on(EventCatalog.TEACHER_ENROLLED, intake::enrolled)
                .on(EventCatalog.TEACHER_EXEMPTED, intake::exempted)
                .on(EventCatalog.SCHOOL_REGISTERED, intake::schoolRegistered);
    }

    @KafkaListener(
            topics = {Topics.PROGRAMMES, Topics.SCHOOL_PLANS, Topics.ROSTERS, Topics.TRAINEES, Topics.TENANTS},
            id = PLANS)
    void onPlan(ConsumerRecord<String, String> record) {
        inbox.accept(PLANS, record, plans);
    }

    @KafkaListener(topics = Topics.SUBMISSIONS, id = WORK, containerFactory = MessagingConfiguration.BATCH_LISTENERS)
    void onWork(List<ConsumerRecord<String, String>> records) {
        inbox.acceptBatch(WORK, records, WORK_EVENTS, intake::acceptAll);
    }

    @KafkaListener(
            topics = {Topics.MODULES, Topics.GRADES},
            id = MODULES,
            containerFactory = MessagingConfiguration.BATCH_LISTENERS)
    void onModule(List<ConsumerRecord<String, String>> records) {
        inbox.acceptBatch(MODULES, records, MODULE_EVENTS, intake::acceptAll);
    }
}

package cn.wangben.scoring.projection.messaging;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.platform.messaging.EventInbox;
import cn.wangben.scoring.projection.EventIntake;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * School scoring, results and dashboards are fed only by events, through one intake: no call to another service, no
 * scan at read time. Three consumers: plan-service's and identity's topics, the online work (the deadline spike,
 * kept apart so it cannot delay the rest), and modules with their grades. Each handler is idempotent by natural key;
 * the inbox also skips redelivered event ids.
 */
@Component
class ProjectionListener {
    static final String PLANS = "scoring-service.results.plans";
    static final String WORK = "scoring-service.results.work";
    static final String MODULES = "scoring-service.results.modules";
    private final EventInbox inbox;
    private final EventInbox.Handlers plans;
    private final EventInbox.Handlers work;
    private final EventInbox.Handlers modules;

    ProjectionListener(EventInbox inbox, EventIntake intake) {
        this.inbox = inbox;
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
        this.work = EventInbox.handlers()
                .on(EventCatalog.ESSAY_SUBMITTED, intake::submitted)
                .on(EventCatalog.ESSAY_MISSED, intake::missed);
        this.modules = EventInbox.handlers()
                .on(EventCatalog.MODULE_SCHEDULED, intake::moduleScheduled)
                .on(EventCatalog.ESSAY_GRADED, intake::graded)
                .on(EventCatalog.MODULE_GRADES_RELEASED, intake::gradesReleased);
    }

    @KafkaListener(
            topics = {Topics.PROGRAMMES, Topics.SCHOOL_PLANS, Topics.ROSTERS, Topics.TRAINEES, Topics.TENANTS},
            id = PLANS)
    void onPlan(ConsumerRecord<String, String> record) {
        inbox.accept(PLANS, record, plans);
    }

    @KafkaListener(topics = Topics.SUBMISSIONS, id = WORK)
    void onWork(ConsumerRecord<String, String> record) {
        inbox.accept(WORK, record, work);
    }

    @KafkaListener(
            topics = {Topics.MODULES, Topics.GRADES},
            id = MODULES)
    void onModule(ConsumerRecord<String, String> record) {
        inbox.accept(MODULES, record, modules);
    }
}

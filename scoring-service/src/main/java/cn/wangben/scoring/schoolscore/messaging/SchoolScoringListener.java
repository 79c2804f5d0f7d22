package cn.wangben.scoring.schoolscore.messaging;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.platform.messaging.EventInbox;
import cn.wangben.scoring.schoolscore.FactIntake;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * plan-service's programme, plan, roster and trainee events, one consumer per topic. The inbox skips redelivered
 * event ids; the facts themselves are idempotent by natural key and tolerate order across topics.
 */
@Component
class SchoolScoringListener {
    private static final String PROGRAMMES = "scoring-service.school.programmes";
    private static final String PLANS = "scoring-service.school.plans";
    private static final String ROSTERS = "scoring-service.school.rosters";
    private static final String TRAINEES = "scoring-service.school.trainees";
    private final EventInbox inbox;
    private final EventInbox.Handlers programmes;
    private final EventInbox.Handlers plans;
    private final EventInbox.Handlers rosters;
    private final EventInbox.Handlers trainees;

    SchoolScoringListener(EventInbox inbox, FactIntake intake) {
        this.inbox = inbox;
        this.programmes = EventInbox.handlers()
                .on(EventCatalog.PROGRAMME_PUBLISHED, intake::programmePublished)
                .on(EventCatalog.PROGRAMME_REVISED, intake::programmeRevised);
        this.plans = EventInbox.handlers()
                .on(EventCatalog.SCHOOL_PLAN_APPROVED, intake::planApproved)
                .on(EventCatalog.SCHOOL_CANCELLED, intake::cancelled)
                .on(EventCatalog.SCHOOL_REINSTATED, intake::reinstated);
        this.rosters = EventInbox.handlers().on(EventCatalog.TEACHERS_ROSTERED, intake::rostered);
        this.trainees = EventInbox.handlers()
                .on(EventCatalog.TEACHER_ENROLLED, intake::enrolled)
                .on(EventCatalog.TEACHER_EXEMPTED, intake::exempted);
    }

    @KafkaListener(topics = Topics.PROGRAMMES, id = PROGRAMMES)
    void onProgramme(ConsumerRecord<String, String> record) {
        inbox.accept(PROGRAMMES, record, programmes);
    }

    @KafkaListener(topics = Topics.SCHOOL_PLANS, id = PLANS)
    void onPlan(ConsumerRecord<String, String> record) {
        inbox.accept(PLANS, record, plans);
    }

    @KafkaListener(topics = Topics.ROSTERS, id = ROSTERS)
    void onRoster(ConsumerRecord<String, String> record) {
        inbox.accept(ROSTERS, record, rosters);
    }

    @KafkaListener(topics = Topics.TRAINEES, id = TRAINEES)
    void onTrainee(ConsumerRecord<String, String> record) {
        inbox.accept(TRAINEES, record, trainees);
    }
}

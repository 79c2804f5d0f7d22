package cn.wangben.assignment.schoolwork.messaging;

import cn.wangben.assignment.schoolwork.ApprovedPlan;
import cn.wangben.assignment.schoolwork.SchoolAssignmentDesk;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** An approved plan opens its assignments to the school's teachers; a later approval replaces them. */
@Component
class SchoolPlanListener {
    private static final String CONSUMER = "assignment-service.school-plans";
    private final EventInbox inbox;
    private final EventInbox.Handlers handlers;

    SchoolPlanListener(EventInbox inbox, SchoolAssignmentDesk desk) {
        this.inbox = inbox;
        this.handlers = EventInbox.handlers()
                .on(
                        EventCatalog.SCHOOL_PLAN_APPROVED,
                        (SchoolPlanApproved e) -> desk.approved(new ApprovedPlan(
                                e.countyId(),
                                e.programmeId(),
                                e.schoolId(),
                                e.planId(),
                                e.occurredAt(),
                                e.assignments())));
    }

    @KafkaListener(topics = Topics.SCHOOL_PLANS, id = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.accept(CONSUMER, record, handlers);
    }
}

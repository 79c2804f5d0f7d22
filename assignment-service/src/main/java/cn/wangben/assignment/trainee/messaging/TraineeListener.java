package cn.wangben.assignment.trainee.messaging;

import cn.wangben.assignment.trainee.Trainees;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Who owes essays: the cutoff job gives a missing essay 0 only to enrolled, non-exempt trainees. */
@Component
class TraineeListener {
    private static final String CONSUMER = "assignment-service.trainees";
    private final EventInbox inbox;
    private final EventInbox.Handlers handlers;

    TraineeListener(EventInbox inbox, Trainees trainees) {
        this.inbox = inbox;
        this.handlers = EventInbox.handlers()
                .on(
                        EventCatalog.TEACHER_ENROLLED,
                        (TeacherEnrolled e) -> trainees.enrolled(
                                e.countyId(), e.programmeId(), e.teacherKey(), e.schoolId(), e.teacherId()))
                .on(
                        EventCatalog.TEACHER_EXEMPTED,
                        (TeacherExempted e) ->
                                trainees.exempted(e.countyId(), e.programmeId(), e.teacherKey(), e.schoolId()));
    }

    @KafkaListener(topics = Topics.TRAINEES, id = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.accept(CONSUMER, record, handlers);
    }
}

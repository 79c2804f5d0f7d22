package cn.wangben.assignment.programme.messaging;

import cn.wangben.assignment.programme.KnownProgramme;
import cn.wangben.assignment.programme.KnownProgrammes;
import cn.wangben.assignment.schoolwork.SchoolAssignmentDesk;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.contracts.plan.ProgrammeRevised;
import cn.wangben.platform.messaging.EventInbox;
import java.time.ZoneId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ProgrammeListener {
    private static final String CONSUMER = "assignment-service.programmes";
    private final EventInbox inbox;
    private final EventInbox.Handlers handlers;

    ProgrammeListener(EventInbox inbox, KnownProgrammes programmes, SchoolAssignmentDesk schoolAssignments) {
        this.inbox = inbox;
        // A revision may move the period; modules are checked against the latest one. School assignments approved
        // before the programme was known open now; those already open get their cutoffs worked out again.
        this.handlers = EventInbox.handlers()
                .on(EventCatalog.PROGRAMME_PUBLISHED, (ProgrammePublished e) -> {
                    KnownProgramme programme = new KnownProgramme(
                            e.programmeId(),
                            e.countyId(),
                            e.name(),
                            e.periodStart(),
                            e.periodEnd(),
                            ZoneId.of(e.timeZone()));
                    programmes.remember(programme);
                    schoolAssignments.programmeKnown(programme);
                })
                .on(EventCatalog.PROGRAMME_REVISED, (ProgrammeRevised e) -> {
                    KnownProgramme programme = new KnownProgramme(
                            e.programmeId(),
                            e.countyId(),
                            e.name(),
                            e.periodStart(),
                            e.periodEnd(),
                            ZoneId.of(e.timeZone()));
                    programmes.remember(programme);
                    schoolAssignments.programmeKnown(programme);
                });
    }

    @KafkaListener(topics = Topics.PROGRAMMES, id = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.accept(CONSUMER, record, handlers);
    }
}

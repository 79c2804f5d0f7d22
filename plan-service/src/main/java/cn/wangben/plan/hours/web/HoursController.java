package cn.wangben.plan.hours.web;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.plan.hours.CycleTargetPolicy;
import cn.wangben.plan.hours.HoursDesk;
import cn.wangben.plan.hours.HoursEntry;
import cn.wangben.plan.hours.HoursRecord;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.web.PathIds;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HoursController {
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private final HoursDesk desk;

    HoursController(HoursDesk desk) {
        this.desk = desk;
    }

    /** The teacher's 学时 record, and the exemption offer when it already reaches the programme's cycle target. */
    @GetMapping("/api/plan/programmes/{programmeId}/hours/mine")
    MyHoursView mine(Caller caller, @PathVariable String programmeId) {
        HoursDesk.MyHours mine = desk.mine(caller, PathIds.parse(programmeId, ProgrammeId::of, "研修项目"));
        return new MyHoursView(
                mine.total(),
                mine.target(),
                mine.entries().stream().map(EntryView::of).toList(),
                mine.offer().orElse(null));
    }

    @PostMapping("/api/plan/counties/{countyId}/hours")
    @ResponseStatus(HttpStatus.CREATED)
    RecordView record(Caller caller, @PathVariable String countyId, @RequestBody RecordRequest body) {
        HoursRecord record = desk.record(
                caller,
                PathIds.parse(countyId, CountyId::of, "县（区）"),
                body.idNumber(),
                body.hours(),
                body.title(),
                body.evidence());
        return new RecordView(
                record.total(), record.entries().stream().map(EntryView::of).toList());
    }

    /** Personal data: never printed, whatever logs a request. */
    record RecordRequest(String idNumber, Integer hours, String title, String evidence) {
        @Override
        public String toString() {
            return "RecordRequest[idNumber=***, hours=" + hours + "]";
        }
    }

    record MyHoursView(int total, int target, List<EntryView> entries, CycleTargetPolicy.Offer exemptionOffer) {}

    record RecordView(int total, List<EntryView> entries) {}

    record EntryView(String source, String title, int hours, OffsetDateTime at, String evidence) {
        static EntryView of(HoursEntry e) {
            return new EntryView(
                    e.source(),
                    e.title(),
                    e.hours(),
                    e.at().atZone(DISPLAY_ZONE).toOffsetDateTime(),
                    e.evidence());
        }
    }
}

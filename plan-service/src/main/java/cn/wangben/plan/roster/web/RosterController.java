package cn.wangben.plan.roster.web;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.plan.roster.Roster;
import cn.wangben.plan.roster.RosterDesk;
import cn.wangben.plan.roster.RosterReport;
import cn.wangben.platform.domain.Caller;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class RosterController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String REPORT_FILENAME = "学员信息表错误报告.xlsx";
    private final RosterDesk desk;
    private final Counter rowsImported;
    private final Counter rowsRejected;

    RosterController(RosterDesk desk, MeterRegistry meters) {
        this.desk = desk;
        this.rowsImported = meters.counter("wangben.roster.rows", "outcome", "imported");
        this.rowsRejected = meters.counter("wangben.roster.rows", "outcome", "rejected");
    }

    @PostMapping(
            path = "/api/plan/programmes/{programmeId}/rosters/mine",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RosterView upload(
            Caller caller,
            @PathVariable String programmeId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean acceptValidRows) {
        try (InputStream in = file.getInputStream()) {
            Roster roster = desk.upload(caller, programme(programmeId), in, acceptValidRows);
            rowsImported.increment(roster.teachers());
            rowsRejected.increment(roster.rejectedRows());
            return RosterView.of(roster);
        } catch (IOException e) {
            throw new UncheckedIOException("roster upload could not be read", e);
        }
    }

    @GetMapping("/api/plan/programmes/{programmeId}/rosters/mine")
    RosterPageView mine(
            Caller caller,
            @PathVariable String programmeId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return RosterPageView.of(desk.mine(caller, programme(programmeId), page, size));
    }

    @GetMapping("/api/plan/programmes/{programmeId}/rosters")
    List<RosterView> ofProgramme(Caller caller, @PathVariable String programmeId) {
        return desk.ofProgramme(caller, programme(programmeId)).stream()
                .map(RosterView::of)
                .toList();
    }

    @GetMapping("/api/plan/programmes/{programmeId}/rosters/reports/{reportId}")
    ResponseEntity<byte[]> report(Caller caller, @PathVariable String programmeId, @PathVariable String reportId) {
        RosterReport report = desk.report(caller, programme(programmeId), reportId);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(REPORT_FILENAME, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(report.content());
    }

    private static ProgrammeId programme(String raw) {
        return cn.wangben.platform.web.PathIds.parse(raw, ProgrammeId::of, "研修项目");
    }
}

package cn.wangben.scoring.export.web;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.web.PathIds;
import cn.wangben.scoring.export.CountyResults;
import cn.wangben.scoring.export.ExportDesk;
import cn.wangben.scoring.export.HoursList;
import cn.wangben.scoring.export.xlsx.CountyWorkbook;
import cn.wangben.scoring.export.xlsx.HoursWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * .xlsx exports for upward reporting. The desk refuses (403/404/409 problem+json) before anything is written; then
 * the workbook is streamed into the response, so a large county is never held whole in memory.
 */
@RestController
class ExportController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROGRAMME = "/api/scoring/exports/counties/{countyId}/programmes/{programmeId}";
    private final ExportDesk desk;

    ExportController(ExportDesk desk) {
        this.desk = desk;
    }

    /** 培训结果: a summary by school, then one sheet per school; provisional (临时) until finalization. */
    @GetMapping(PROGRAMME + "/results")
    void results(
            Caller caller,
            @PathVariable String countyId,
            @PathVariable String programmeId,
            HttpServletResponse response)
            throws IOException {
        CountyResults results = desk.countyResults(caller, county(countyId), programme(programmeId));
        attach(response, results.fileName(), "county-results.xlsx");
        CountyWorkbook.write(results, response.getOutputStream());
    }

    /** 学时认定名单: only after the county finalized the programme (409 before). */
    @GetMapping(PROGRAMME + "/hours")
    void hours(
            Caller caller,
            @PathVariable String countyId,
            @PathVariable String programmeId,
            HttpServletResponse response)
            throws IOException {
        HoursList list = desk.hours(caller, county(countyId), programme(programmeId));
        attach(response, list.fileName(), "hours-certification.xlsx");
        HoursWorkbook.write(list, response.getOutputStream());
    }

    private static void attach(HttpServletResponse response, String name, String asciiFallback) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(name, asciiFallback));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static CountyId county(String raw) {
        return PathIds.parse(raw, CountyId::of, "县（区）");
    }

    private static ProgrammeId programme(String raw) {
        return PathIds.parse(raw, ProgrammeId::of, "研修项目");
    }
}

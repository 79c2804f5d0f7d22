package cn.wangben.scoring.schoolscore.web;

import cn.wangben.platform.domain.Caller;
import cn.wangben.scoring.schoolscore.RowChange;
import cn.wangben.scoring.schoolscore.SheetDesk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A school's score sheet: grid, bulk rows, .xlsx download and upload, report. */
@RestController
class SheetController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final SheetDesk desk;

    SheetController(SheetDesk desk) {
        this.desk = desk;
    }

    @GetMapping(Paths.SCHOOL + "/sheet")
    GridView grid(Caller caller, @PathVariable String programmeId, @PathVariable String schoolId) {
        return GridView.of(desk.grid(caller, Paths.programme(programmeId), Paths.school(schoolId)));
    }

    /** Sets the given items of the given trainees; a {@code null} entry clears an item. All rows or none. */
    @PutMapping(Paths.SCHOOL + "/sheet/rows")
    GridView rows(
            Caller caller,
            @PathVariable String programmeId,
            @PathVariable String schoolId,
            @RequestBody RowsRequest body) {
        List<RowChange> changes = new ArrayList<>();
        List<RowRequest> rows = body.rows() == null ? List.of() : body.rows();
        for (int i = 0; i < rows.size(); i++) {
            RowRequest row = rows.get(i);
            changes.add(RowChange.ofRequest(
                    i, row == null ? null : row.teacherKey(), EntryJson.entries(row == null ? null : row.inputs())));
        }
        return GridView.of(desk.enter(caller, Paths.programme(programmeId), Paths.school(schoolId), changes));
    }

    @GetMapping(Paths.SCHOOL + "/sheet/xlsx")
    ResponseEntity<byte[]> download(Caller caller, @PathVariable String programmeId, @PathVariable String schoolId) {
        byte[] workbook = desk.download(caller, Paths.programme(programmeId), Paths.school(schoolId));
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename("校本研修成绩表-" + schoolId + ".xlsx", StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(workbook);
    }

    /** The downloaded layout filled in; every problem is named by row and column, and nothing is stored then. */
    @PostMapping(path = Paths.SCHOOL + "/sheet/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    GridView upload(
            Caller caller,
            @PathVariable String programmeId,
            @PathVariable String schoolId,
            @RequestParam("file") MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return GridView.of(desk.upload(caller, Paths.programme(programmeId), Paths.school(schoolId), in));
        } catch (IOException e) {
            throw new UncheckedIOException("score sheet upload could not be read", e);
        }
    }

    /** Reports the sheet to the county; from then on it is locked. */
    @PostMapping(Paths.SCHOOL + "/sheet/report")
    GridView report(Caller caller, @PathVariable String programmeId, @PathVariable String schoolId) {
        return GridView.of(desk.report(caller, Paths.programme(programmeId), Paths.school(schoolId)));
    }

    record RowsRequest(List<RowRequest> rows) {}

    /** @param inputs item id → entry */
    record RowRequest(String teacherKey, Map<String, EntryJson> inputs) {}
}

package cn.wangben.scoring.schoolscore.web;

import cn.wangben.platform.domain.Caller;
import cn.wangben.scoring.schoolscore.Correction;
import cn.wangben.scoring.schoolscore.CorrectionDesk;
import cn.wangben.scoring.schoolscore.CorrectionRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Corrections of a reported sheet: the school requests, the county approves or rejects; the list is the audit. */
@RestController
class CorrectionController {
    private final CorrectionDesk desk;

    CorrectionController(CorrectionDesk desk) {
        this.desk = desk;
    }

    @GetMapping(Paths.SCHOOL + "/sheet/corrections")
    List<CorrectionView> list(Caller caller, @PathVariable String programmeId, @PathVariable String schoolId) {
        return desk.list(caller, Paths.programme(programmeId), Paths.school(schoolId)).stream()
                .map(CorrectionView::of)
                .toList();
    }

    @PostMapping(Paths.SCHOOL + "/sheet/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    CorrectionView request(
            Caller caller,
            @PathVariable String programmeId,
            @PathVariable String schoolId,
            @RequestBody CorrectionBody body) {
        CorrectionRequest request = new CorrectionRequest(
                body.teacherKey(), EntryJson.entries(body.inputs()), body.attended(), body.reason());
        return CorrectionView.of(desk.request(caller, Paths.programme(programmeId), Paths.school(schoolId), request));
    }

    @PostMapping(Paths.SCHOOL + "/sheet/corrections/{correctionId}/approve")
    CorrectionView approve(
            Caller caller,
            @PathVariable String programmeId,
            @PathVariable String schoolId,
            @PathVariable String correctionId,
            @RequestBody(required = false) DecisionBody body) {
        return CorrectionView.of(desk.approve(
                caller,
                Paths.programme(programmeId),
                Paths.school(schoolId),
                correctionId,
                body == null ? null : body.comment()));
    }

    @PostMapping(Paths.SCHOOL + "/sheet/corrections/{correctionId}/reject")
    CorrectionView reject(
            Caller caller,
            @PathVariable String programmeId,
            @PathVariable String schoolId,
            @PathVariable String correctionId,
            @RequestBody(required = false) DecisionBody body) {
        return CorrectionView.of(desk.reject(
                caller,
                Paths.programme(programmeId),
                Paths.school(schoolId),
                correctionId,
                body == null ? null : body.comment()));
    }

    /**
     * @param inputs item id → the new entry of each item that changes
     * @param attended the activities attended after the change; omit to leave attendance alone
     */
    record CorrectionBody(String teacherKey, Map<String, EntryJson> inputs, List<Integer> attended, String reason) {}

    record DecisionBody(String comment) {}

    record CorrectionView(
            String id,
            String teacherKey,
            String teacherName,
            Map<String, EntryJson> inputs,
            List<Integer> attended,
            String reason,
            String status,
            String requestedBy,
            OffsetDateTime requestedAt,
            String decidedBy,
            OffsetDateTime decidedAt,
            String comment,
            RowState before,
            RowState after) {
        static CorrectionView of(Correction c) {
            return new CorrectionView(
                    c.id(),
                    c.teacherKey(),
                    c.teacherName(),
                    EntryJson.of(c.entries()),
                    c.attended(),
                    c.reason(),
                    c.status().name(),
                    c.requestedBy(),
                    Paths.shown(c.requestedAt()),
                    c.decidedBy(),
                    Paths.shown(c.decidedAt()),
                    c.comment(),
                    RowState.of(c.before()),
                    RowState.of(c.after()));
        }
    }

    /** The trainee's row at the decision: every item's entry, the attended activities and both totals. */
    record RowState(
            Map<String, EntryJson> inputs, List<Integer> attended, BigDecimal rawTotal, BigDecimal schoolScore) {
        static RowState of(Correction.Snapshot s) {
            return s == null
                    ? null
                    : new RowState(EntryJson.of(s.entries()), s.attended(), s.rawTotal(), s.schoolScore());
        }
    }
}

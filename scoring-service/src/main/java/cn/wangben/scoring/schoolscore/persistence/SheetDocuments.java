package cn.wangben.scoring.schoolscore.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.schoolscore.AttendanceRecord;
import cn.wangben.scoring.schoolscore.Correction;
import cn.wangben.scoring.schoolscore.CorrectionStatus;
import cn.wangben.scoring.schoolscore.ItemEntry;
import cn.wangben.scoring.schoolscore.ScoreSheet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** A sheet, its attendance and its corrections (with their audit) as one document. */
final class SheetDocuments {
    private SheetDocuments() {}

    static String id(CountyId county, ProgrammeId programme, SchoolId school) {
        return county.value() + ":" + programme.value() + ":" + school.value();
    }

    static Document of(ScoreSheet s, long version) {
        List<Document> entries = new ArrayList<>();
        s.entries()
                .forEach((teacher, items) ->
                        entries.add(new Document("teacherKey", teacher).append("items", EntryDocuments.items(items))));
        List<Document> attendance = new ArrayList<>();
        s.attendance()
                .values()
                .forEach(a -> attendance.add(new Document("number", a.number())
                        .append("present", new ArrayList<>(a.present()))
                        .append("recordedBy", a.recordedBy())
                        .append("recordedAt", date(a.recordedAt()))));
        return new Document("_id", id(s.county(), s.programme(), s.school()))
                .append("countyId", s.county().value())
                .append("programmeId", s.programme().value())
                .append("schoolId", s.school().value())
                .append("version", version)
                .append("entries", entries)
                .append("attendance", attendance)
                .append(
                        "corrections",
                        s.corrections().stream().map(SheetDocuments::correction).toList())
                .append("reportedAt", date(s.reportedAt()))
                .append("reportedBy", s.reportedBy())
                .append("overdueSince", date(s.overdueSince()));
    }

    static ScoreSheet sheet(Document d) {
        Map<String, Map<String, ItemEntry>> entries = new LinkedHashMap<>();
        d.getList("entries", Document.class)
                .forEach(e -> entries.put(
                        e.getString("teacherKey"), EntryDocuments.items(e.getList("items", Document.class))));
        Map<Integer, AttendanceRecord> attendance = new TreeMap<>();
        d.getList("attendance", Document.class)
                .forEach(a -> attendance.put(
                        a.getInteger("number"),
                        new AttendanceRecord(
                                a.getInteger("number"),
                                new java.util.HashSet<>(a.getList("present", String.class)),
                                a.getString("recordedBy"),
                                instant(a.getDate("recordedAt")))));
        return new ScoreSheet(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                SchoolId.of(d.getString("schoolId")),
                ((Number) d.get("version")).longValue(),
                entries,
                attendance,
                d.getList("corrections", Document.class).stream()
                        .map(SheetDocuments::correction)
                        .toList(),
                instant(d.getDate("reportedAt")),
                d.getString("reportedBy"),
                instant(d.getDate("overdueSince")));
    }

    private static Document correction(Correction c) {
        return new Document("id", c.id())
                .append("teacherKey", c.teacherKey())
                .append("teacherName", c.teacherName())
                .append("entries", EntryDocuments.items(c.entries()))
                .append("attended", c.attended())
                .append("reason", c.reason())
                .append("requestedBy", c.requestedBy())
                .append("requestedAt", date(c.requestedAt()))
                .append("status", c.status().name())
                .append("decidedBy", c.decidedBy())
                .append("decidedAt", date(c.decidedAt()))
                .append("comment", c.comment())
                .append("before", snapshot(c.before()))
                .append("after", snapshot(c.after()));
    }

    private static Correction correction(Document d) {
        return new Correction(
                d.getString("id"),
                d.getString("teacherKey"),
                d.getString("teacherName"),
                EntryDocuments.items(d.getList("entries", Document.class)),
                d.getList("attended", Integer.class),
                d.getString("reason"),
                d.getString("requestedBy"),
                instant(d.getDate("requestedAt")),
                CorrectionStatus.valueOf(d.getString("status")),
                d.getString("decidedBy"),
                instant(d.getDate("decidedAt")),
                d.getString("comment"),
                snapshot(d.get("before", Document.class)),
                snapshot(d.get("after", Document.class)));
    }

    private static Document snapshot(Correction.Snapshot s) {
        if (s == null) {
            return null;
        }
        return new Document("entries", EntryDocuments.items(s.entries()))
                .append("attended", s.attended())
                .append("rawTotal", EntryDocuments.text(s.rawTotal()))
                .append("schoolScore", EntryDocuments.text(s.schoolScore()));
    }

    private static Correction.Snapshot snapshot(Document d) {
        if (d == null) {
            return null;
        }
        return new Correction.Snapshot(
                EntryDocuments.items(d.getList("entries", Document.class)),
                d.getList("attended", Integer.class),
                EntryDocuments.number(d.getString("rawTotal")),
                EntryDocuments.number(d.getString("schoolScore")));
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

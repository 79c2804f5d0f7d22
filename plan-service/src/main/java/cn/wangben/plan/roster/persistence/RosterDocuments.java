package cn.wangben.plan.roster.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.roster.Roster;
import cn.wangben.plan.roster.RosterStatus;
import cn.wangben.roster.Gender;
import cn.wangben.roster.ProtectedId;
import cn.wangben.roster.ProtectedPhone;
import cn.wangben.roster.RosterTeacher;
import cn.wangben.roster.Stage;
import java.util.Date;
import org.bson.Document;

/** Maps rosters and teachers to and from their stored documents. */
final class RosterDocuments {
    private RosterDocuments() {}

    static Document roster(Roster r) {
        return new Document("_id", r.id())
                .append("countyId", r.county().value())
                .append("programmeId", r.programme().value())
                .append("schoolId", r.school().value())
                .append("status", r.status().name())
                .append("teachers", r.teachers())
                .append("batches", r.batches())
                .append("rejectedRows", r.rejectedRows())
                .append("reportId", r.reportId())
                .append("by", r.by())
                .append("importedAt", Date.from(r.importedAt()));
    }

    static Roster roster(Document d) {
        return new Roster(
                d.getString("_id"),
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                SchoolId.of(d.getString("schoolId")),
                RosterStatus.valueOf(d.getString("status")),
                d.getInteger("teachers"),
                d.getInteger("batches"),
                d.getInteger("rejectedRows"),
                d.getString("reportId"),
                d.getString("by"),
                d.getDate("importedAt").toInstant());
    }

    /** The keyed ID hash is the teacher's key; the ID number and the phone are stored only protected. */
    static Document teacher(Roster roster, RosterTeacher t) {
        return new Document("countyId", roster.county().value())
                .append("programmeId", roster.programme().value())
                .append("schoolId", roster.school().value())
                .append("rosterId", roster.id())
                .append("row", t.row())
                .append("teacherKey", t.idNumber().hash())
                .append("maskedIdNumber", t.idNumber().masked())
                .append("name", t.name())
                .append("gender", t.gender().name())
                .append("stage", t.stage().name())
                .append("subject", t.subject())
                .append("title", t.title())
                .append("yearsOfTeaching", t.yearsOfTeaching())
                .append("phoneMasked", t.phone().masked())
                .append("phoneSealed", t.phone().sealed());
    }

    static RosterTeacher teacher(Document d) {
        return new RosterTeacher(
                d.getInteger("row"),
                d.getString("name"),
                Gender.valueOf(d.getString("gender")),
                new ProtectedId(d.getString("teacherKey"), d.getString("maskedIdNumber")),
                new ProtectedPhone(d.getString("phoneMasked"), d.getString("phoneSealed")),
                Stage.valueOf(d.getString("stage")),
                d.getString("subject"),
                d.getString("title"),
                d.getInteger("yearsOfTeaching"));
    }
}

package cn.wangben.plan.roster.web;

import cn.wangben.roster.RosterTeacher;

/** One rostered teacher with masked personal data only: no hash, no sealed phone. */
record TeacherView(
        int row,
        String name,
        String gender,
        String maskedIdNumber,
        String maskedPhone,
        String stage,
        String subject,
        String title,
        int yearsOfTeaching) {

    static TeacherView of(RosterTeacher t) {
        return new TeacherView(
                t.row(),
                t.name(),
                t.gender().label(),
                t.idNumber().masked(),
                t.phone().masked(),
                t.stage().label(),
                t.subject(),
                t.title(),
                t.yearsOfTeaching());
    }
}

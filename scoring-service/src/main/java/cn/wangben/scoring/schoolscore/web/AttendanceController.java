package cn.wangben.scoring.schoolscore.web;

import cn.wangben.platform.domain.Caller;
import cn.wangben.scoring.schoolscore.ActivityPresence;
import cn.wangben.scoring.schoolscore.AttendanceBook;
import cn.wangben.scoring.schoolscore.AttendanceDesk;
import cn.wangben.scoring.schoolscore.AttendanceRecord;
import cn.wangben.scoring.schoolscore.GridRow;
import cn.wangben.scoring.schoolscore.TeacherPresence;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Attendance per planned activity, in bulk per activity or per trainee. */
@RestController
class AttendanceController {
    private final AttendanceDesk desk;

    AttendanceController(AttendanceDesk desk) {
        this.desk = desk;
    }

    @GetMapping(Paths.SCHOOL + "/attendance")
    AttendanceView book(Caller caller, @PathVariable String programmeId, @PathVariable String schoolId) {
        return AttendanceView.of(desk.book(caller, Paths.programme(programmeId), Paths.school(schoolId)));
    }

    /** Each listed activity's present trainees replace what was recorded for it. */
    @PutMapping(Paths.SCHOOL + "/attendance/activities")
    AttendanceView byActivity(
            Caller caller,
            @PathVariable String programmeId,
            @PathVariable String schoolId,
            @RequestBody ActivitiesRequest body) {
        List<ActivityPresence> activities = body.activities() == null ? List.of() : body.activities();
        return AttendanceView.of(
                desk.recordActivities(caller, Paths.programme(programmeId), Paths.school(schoolId), activities));
    }

    /** Each listed trainee's attended activities replace their attendance. */
    @PutMapping(Paths.SCHOOL + "/attendance/teachers")
    AttendanceView byTeacher(
            Caller caller,
            @PathVariable String programmeId,
            @PathVariable String schoolId,
            @RequestBody TeachersRequest body) {
        List<TeacherPresence> teachers = body.teachers() == null ? List.of() : body.teachers();
        return AttendanceView.of(
                desk.recordTeachers(caller, Paths.programme(programmeId), Paths.school(schoolId), teachers));
    }

    record ActivitiesRequest(List<ActivityPresence> activities) {}

    record TeachersRequest(List<TeacherPresence> teachers) {}

    record AttendanceView(int planned, List<ActivityView> activities, List<TraineeView> trainees) {
        static AttendanceView of(AttendanceBook book) {
            return new AttendanceView(
                    book.grid().activities().size(),
                    book.grid().activities().stream()
                            .map(a -> {
                                AttendanceRecord r = book.records().get(a.number());
                                return new ActivityView(
                                        a.number(),
                                        a.startDate(),
                                        a.endDate(),
                                        a.content(),
                                        r != null,
                                        r == null ? List.of() : List.copyOf(r.present()),
                                        r == null ? null : r.recordedBy(),
                                        r == null ? null : Paths.shown(r.recordedAt()));
                            })
                            .toList(),
                    book.grid().rows().stream().map(TraineeView::of).toList());
        }
    }

    /** @param recorded whether attendance was recorded for it (possibly with nobody present) */
    record ActivityView(
            int number,
            LocalDate startDate,
            LocalDate endDate,
            String content,
            boolean recorded,
            List<String> present,
            String recordedBy,
            OffsetDateTime recordedAt) {}

    record TraineeView(String teacherKey, String name, List<Integer> attended) {
        static TraineeView of(GridRow row) {
            return new TraineeView(row.teacherKey(), row.name(), row.attended());
        }
    }
}

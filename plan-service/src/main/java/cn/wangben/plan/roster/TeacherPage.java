package cn.wangben.plan.roster;

import cn.wangben.roster.RosterTeacher;
import java.util.List;

/** One page of a roster's teachers, in spreadsheet row order. */
public record TeacherPage(Roster roster, List<RosterTeacher> teachers, int page, int size) {

    public TeacherPage {
        teachers = List.copyOf(teachers);
    }
}

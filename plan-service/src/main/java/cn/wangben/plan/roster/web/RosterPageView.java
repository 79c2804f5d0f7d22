package cn.wangben.plan.roster.web;

import cn.wangben.plan.roster.TeacherPage;
import java.util.List;

/** The school's current roster and one page of its teachers; {@code total} is the roster's teacher count. */
record RosterPageView(RosterView roster, int page, int size, int total, List<TeacherView> teachers) {

    static RosterPageView of(TeacherPage p) {
        return new RosterPageView(
                RosterView.of(p.roster()),
                p.page(),
                p.size(),
                p.roster().teachers(),
                p.teachers().stream().map(TeacherView::of).toList());
    }
}

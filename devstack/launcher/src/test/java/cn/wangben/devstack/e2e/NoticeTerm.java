package cn.wangben.devstack.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The county notice's calendar (seed 004: period 12-05..12-31, enrollment by 12-08 24:00, plans and rosters by 12-13
 * 24:00, three one-week modules, school scores by 12-29 24:00) in the first December still ahead of the platform's
 * clock, so the scenario reads like the notice whenever it runs. "12-15 24:00" is the instant 12-16T00:00+08:00.
 */
record NoticeTerm(int year) {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** This year's term while 12-01 is still ahead, else next year's. */
    static NoticeTerm ahead(Instant platformNow) {
        LocalDate today = platformNow.atZone(SHANGHAI).toLocalDate();
        int year = today.isBefore(LocalDate.of(today.getYear(), 12, 1)) ? today.getYear() : today.getYear() + 1;
        return new NoticeTerm(year);
    }

    String name() {
        return year + "-" + (year + 1) + "学年第一学期教师网本研修";
    }

    LocalDate december(int day) {
        return LocalDate.of(year, 12, day);
    }

    /** A wall-clock time in Asia/Shanghai on a December day of the term. */
    OffsetDateTime at(int day, int hour, int minute) {
        return december(day).atTime(hour, minute).atZone(SHANGHAI).toOffsetDateTime();
    }

    /** The notice's "12-dd 24:00": the first instant at which something is late. */
    OffsetDateTime endOf(int day) {
        return december(day)
                .plusDays(1)
                .atTime(LocalTime.MIDNIGHT)
                .atZone(SHANGHAI)
                .toOffsetDateTime();
    }

    /** How an assignment-service refusal shows a cutoff: 2026年12月22日 24:00. */
    String shownEndOf(int day) {
        return year + "年12月" + day + "日 24:00";
    }

    OffsetDateTime periodStart() {
        return at(5, 0, 0);
    }

    OffsetDateTime enrollmentCutoff() {
        return endOf(8);
    }

    OffsetDateTime planDeadline() {
        return endOf(13);
    }

    OffsetDateTime scoringDeadline() {
        return endOf(29);
    }

    /** The notice's three modules: title, what to write, the week they open and the last day of the week. */
    enum Module {
        TEAM("队伍建设", "阅读政策文件，撰写教师自我发展规划", 9, 15),
        ETHICS("师德师风", "观看两段师德师风视频，撰写师德师风演讲稿（演讲稿结构）", 16, 22),
        IT("信息技术", "观看信息技术与学科融合视频，撰写心得体会", 23, 29);

        final String title;
        final String prompt;
        final int firstDay;
        final int lastDay;

        Module(String title, String prompt, int firstDay, int lastDay) {
            this.title = title;
            this.prompt = prompt;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }
    }

    OffsetDateTime opens(Module module) {
        return at(module.firstDay, 0, 0);
    }

    OffsetDateTime due(Module module) {
        return endOf(module.lastDay);
    }
}

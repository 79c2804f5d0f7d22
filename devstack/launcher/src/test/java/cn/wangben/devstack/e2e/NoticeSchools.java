package cn.wangben.devstack.e2e;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * What the scenario's schools hand in: school A's plan (seed 000's kind of activities and assignments, and a 100-point
 * rubric with every rule kind of the rubric library, scaled to 40 by the platform) and the rosters (学员信息表) as the
 * UTF-8 CSV a school exports from Excel. People are invented; ID numbers use area code 99, which no region has.
 */
final class NoticeSchools {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECKS = "10X98765432";

    private NoticeSchools() {}

    /** A rostered teacher; {@code seq} makes the ID number unique within a run. */
    record Teacher(String name, boolean male, String idNumber, String phone, String stage, String subject, int years) {
        static Teacher of(
                String name, boolean male, int seq, LocalDate birth, String stage, String subject, int years) {
            String body = String.format(
                    "99%04d%04d%02d%02d%03d",
                    seq % 10_000,
                    birth.getYear(),
                    birth.getMonthValue(),
                    birth.getDayOfMonth(),
                    (seq % 400) * 2 + (male ? 1 : 0));
            return new Teacher(
                    name, male, body + checkChar(body), "139" + String.format("%08d", seq), stage, subject, years);
        }
    }

    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECKS.charAt(sum % 11);
    }

    static byte[] rosterCsv(List<Teacher> teachers) {
        StringBuilder csv = new StringBuilder("姓名,性别,身份证号,手机号,学段,学科,职称,教龄\n");
        for (Teacher t : teachers) {
            csv.append(String.join(
                            ",",
                            t.name(),
                            t.male() ? "男" : "女",
                            t.idNumber(),
                            t.phone(),
                            t.stage(),
                            t.subject(),
                            "二级教师",
                            Integer.toString(t.years())))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Rubric item ids of school A's plan, one per rule kind of the rubric library. */
    static final String ATTENDANCE = "attendance";

    static final String NOTES = "notes";
    static final String ETHICS = "ethics";
    static final String LESSON = "lesson";
    static final String SHOWCASE = "showcase";
    static final String AWARDS = "awards";
    static final String READING = "reading";

    /**
     * School A's plan: three activities inside the period (the attendance item is computed from them), two
     * assignments, and 20 + 10 + 10 + 20 + 10 + 10 + 20 = 100 points of rubric.
     */
    static String planOfSchoolA(NoticeTerm term) {
        return """
                {"objectives":"以课堂为主阵地，聚焦新教师成长与信息技术融合，提升全体教师师德修养与教学技能。",
                 "activities":[
                  {"startDate":"%s","endDate":null,"content":"学习十九大精神","forms":["专题讲座"],"practice":false,
                   "presenter":"赵明远","participants":"全体教师","location":"综合报告厅","department":"校长室",
                   "responsiblePerson":"赵明远"},
                  {"startDate":"%s","endDate":"%s","content":"新教师汇报课（示范观摩、诊断剖析）","forms":["听课评课","公开课"],
                   "practice":true,"presenter":"周乐然","participants":"全体教师","location":"一年三班",
                   "department":"教务处","responsiblePerson":"周乐然"},
                  {"startDate":"%s","endDate":null,"content":"白板的使用培训","forms":["技能训练"],"practice":true,
                   "presenter":"吴嘉言","participants":"全体教师","location":"计算机室","department":"信息中心",
                   "responsiblePerson":"吴嘉言"}],
                 "assignments":[
                  {"title":"撰写一篇教学反思","requirement":"结合汇报课，不少于1500字","dueDate":"%s"},
                  {"title":"提交一节信息技术融合课教学设计","requirement":"使用交互式白板","dueDate":"%s"}],
                 "rubric":{"declaredTotal":100,"items":[
                  {"id":"attendance","title":"出勤","category":"出勤","rule":{"kind":"ATTENDANCE","max":20}},
                  {"id":"notes","title":"政治学习笔记","category":"笔记",
                   "rule":{"kind":"DEDUCTION","max":10,"perOccurrence":1}},
                  {"id":"ethics","title":"师德师风","category":"师德",
                   "rule":{"kind":"SEVERITY_DEDUCTION","max":10,
                           "options":[{"name":"严重","points":10},{"name":"较轻","points":5}]}},
                  {"id":"lesson","title":"新教师汇报课","category":"课堂",
                   "rule":{"kind":"TIERS","options":[{"name":"一档","points":20},{"name":"二档","points":15},
                                                     {"name":"三档","points":10}]}},
                  {"id":"showcase","title":"一师一优课晒课","category":"课堂",
                   "rule":{"kind":"LEVELS","options":[{"name":"一级","points":10},{"name":"二级","points":8},
                                                      {"name":"三级","points":5}]}},
                  {"id":"awards","title":"班级管理与城乡联合体","category":"加分",
                   "rule":{"kind":"ADDITION","cap":10,
                           "options":[{"name":"先进班级","points":1},{"name":"联合体出课","points":5}]}},
                  {"id":"reading","title":"读书交流会","category":"作业","rule":{"kind":"MANUAL","max":20}}]}}
                """.formatted(
                        term.december(6),
                        term.december(10),
                        term.december(14),
                        term.december(17),
                        term.december(20),
                        term.december(28));
    }
}

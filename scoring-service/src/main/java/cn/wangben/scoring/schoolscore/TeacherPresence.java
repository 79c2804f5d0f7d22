package cn.wangben.scoring.schoolscore;

import java.util.List;

/** The planned activities one trainee attended, by number; replaces the trainee's attendance. */
public record TeacherPresence(String teacherKey, List<Integer> attended) {}

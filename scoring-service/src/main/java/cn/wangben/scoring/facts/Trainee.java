package cn.wangben.scoring.facts;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;

/**
 * What the trainee events said of one rostered teacher in a programme: the account they enrolled with and the
 * county's exemption, each possibly absent.
 *
 * @param teacherId {@code null} until the teacher enrolled
 * @param exemption the exemption category, {@code null} unless exempted
 */
public record Trainee(String teacherKey, SchoolId school, TeacherId teacherId, String exemption) {

    public boolean exempt() {
        return exemption != null;
    }
}

package cn.wangben.assignment.trainee;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;

/**
 * A rostered teacher of a programme as plan-service reported them. {@code teacher} (the account) is known once they
 * enrolled; an exemption may arrive before or after the enrollment and names only the roster key.
 */
public record Trainee(
        CountyId county, ProgrammeId programme, String teacherKey, SchoolId school, TeacherId teacher, boolean exempt) {

    /** Owes an essay in every module of the programme: enrolled and not exempt. */
    public boolean owesEssays() {
        return teacher != null && !exempt;
    }
}

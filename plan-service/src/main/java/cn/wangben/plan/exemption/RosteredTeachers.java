package cn.wangben.plan.exemption;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.util.Optional;

/** The teachers on the current rosters of a programme. */
public interface RosteredTeachers {
    Optional<RosteredTeacher> find(CountyId county, ProgrammeId programme, String teacherKey);
}

package cn.wangben.assignment.trainee;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.List;
import java.util.Optional;

/** Trainees by programme and roster key; both writes are idempotent, in whatever order the events arrive. */
public interface Trainees {
    void enrolled(CountyId county, ProgrammeId programme, String teacherKey, SchoolId school, TeacherId teacher);

    void exempted(CountyId county, ProgrammeId programme, String teacherKey, SchoolId school);

    List<Trainee> ofProgramme(CountyId county, ProgrammeId programme);

    Optional<Trainee> find(CountyId county, ProgrammeId programme, TeacherId teacher);
}

package cn.wangben.plan.standing;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.util.List;

/** The schools known in a programme (those that started a plan or a roster) and what each has handed in. */
public interface SchoolStates {
    List<SubmissionState> of(CountyId county, ProgrammeId programme);
}

package cn.wangben.plan.standing;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.util.List;

/**
 * The schools of a programme and what each has handed in: those that started a plan or a roster, and those the county
 * had registered by {@code registeredBy} (a school registered after the deadline was never bound by it).
 */
public interface SchoolStates {
    List<SubmissionState> of(CountyId county, ProgrammeId programme, Instant registeredBy);
}

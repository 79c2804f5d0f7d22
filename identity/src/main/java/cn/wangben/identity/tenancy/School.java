package cn.wangben.identity.tenancy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;

/** A school or kindergarten of a county. Its id is unique in the county; the code is the school's own (学校代码). */
public record School(
        CountyId county, SchoolId id, String code, String name, SchoolStage stage, Instant registeredAt, String by) {}

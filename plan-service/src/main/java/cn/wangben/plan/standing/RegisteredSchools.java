package cn.wangben.plan.standing;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;

/**
 * The county's schools as identity registered them, so the deadline sweep also cancels a school that never started a
 * plan or a roster. Remembering the same school again changes nothing.
 */
public interface RegisteredSchools {
    void remember(CountyId county, SchoolId school, String name, Instant registeredAt);
}

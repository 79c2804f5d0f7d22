package cn.wangben.identity.tenancy;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The registry of counties and their schools, each change stored with its event. */
public interface Tenancy {
    Optional<County> county(CountyId id);

    List<County> counties();

    /** @throws cn.wangben.platform.domain.DomainException conflict when the county exists */
    void register(County county, DomainEvent registered);

    Optional<School> school(CountyId county, SchoolId id);

    List<School> schools(CountyId county);

    /** @throws cn.wangben.platform.domain.DomainException conflict when the id or the code is taken in the county */
    void register(School school, DomainEvent registered);

    /** Who created which account, for audit; never a password. */
    void recordAccount(
            CountyId county, SchoolId school, String username, String role, String accountId, String by, Instant at);
}

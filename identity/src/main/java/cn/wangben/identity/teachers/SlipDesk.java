package cn.wangben.identity.teachers;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.util.List;

/**
 * What a school admin (or the county) does with provisioned teacher accounts: see them, and take the credential slips
 * (账号通知单) once. A slip's password is erased as it is handed out; a lost slip means the admin resets that password.
 */
public class SlipDesk {
    private final TeacherAccounts accounts;
    private final PasswordSeal seal;

    public SlipDesk(TeacherAccounts accounts, PasswordSeal seal) {
        this.accounts = accounts;
        this.seal = seal;
    }

    public record Slip(String name, String username, String initialPassword) {}

    public List<TeacherAccount> accounts(Caller caller, CountyId county, SchoolId school) {
        authorize(caller, county, school);
        return accounts.ofSchool(county, school);
    }

    public List<Slip> takeSlips(Caller caller, CountyId county, SchoolId school) {
        authorize(caller, county, school);
        return accounts.takeSlips(county, school).stream()
                .map(a -> new Slip(a.name(), a.username(), seal.open(a.sealedPassword())))
                .toList();
    }

    private static void authorize(Caller caller, CountyId county, SchoolId school) {
        caller.requireAnyRole(Role.COUNTY_ADMIN, Role.SCHOOL_ADMIN);
        boolean countyOk = county.equals(caller.county());
        boolean schoolOk = caller.has(Role.COUNTY_ADMIN) || school.equals(caller.school());
        if (!countyOk || !schoolOk) {
            throw DomainException.notFound("学校", school.value());
        }
    }
}

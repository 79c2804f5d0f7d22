package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;

/**
 * Who may touch a sheet. The county always comes from the caller's token, so another county's programme is simply not
 * found (404); a school admin reaches only their own school (403).
 */
final class SheetAccess {
    private SheetAccess() {}

    /** County admins read every school of their county; a school admin reads their own school. */
    static CountyId reader(Caller caller, SchoolId school) {
        if (caller.has(Role.COUNTY_ADMIN)) {
            return caller.requireCounty();
        }
        if (caller.has(Role.SCHOOL_ADMIN)) {
            return schoolAdmin(caller, school);
        }
        throw DomainException.forbidden("当前账号没有查看校本研修成绩表的权限");
    }

    /** Attendance, scores, the report and correction requests are the school's own work. */
    static CountyId schoolAdmin(Caller caller, SchoolId school) {
        caller.requireAnyRole(Role.SCHOOL_ADMIN);
        if (!school.equals(caller.requireSchool())) {
            throw DomainException.forbidden("只能查看和填写本校的校本研修成绩表");
        }
        return caller.requireCounty();
    }

    static CountyId countyAdmin(Caller caller) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        return caller.requireCounty();
    }

    /** The name the audit shows: the username, else the account id. */
    static String who(Caller caller) {
        return caller.username() == null ? caller.userId() : caller.username();
    }
}

package cn.wangben.plan.exemption;

import cn.wangben.contracts.ids.SchoolId;

/** A teacher on a current roster of a programme, as the county may see them: masked data only. */
public record RosteredTeacher(SchoolId school, String teacherKey, String name, String maskedIdNumber) {}

package cn.wangben.assignment.web;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.platform.domain.DomainException;
import java.util.function.Function;

/** Ids typed by users are input like any other: a malformed one in a path is not found, in a body is invalid. */
public final class PathIds {
    private PathIds() {}

    public static ModuleId module(String raw) {
        return parse(raw, ModuleId::of, "研修板块");
    }

    public static ProgrammeId programme(String raw) {
        return parse(raw, ProgrammeId::of, "研修项目");
    }

    public static SchoolId school(String raw) {
        return parse(raw, SchoolId::of, "学校");
    }

    public static SubmissionId submission(String raw) {
        return parse(raw, SubmissionId::of, "提交记录");
    }

    public static ProgrammeId programmeField(String raw) {
        try {
            return ProgrammeId.of(raw);
        } catch (IllegalArgumentException e) {
            throw DomainException.ruleViolated("invalid-module", "programmeId", "研修项目编号格式不正确");
        }
    }

    private static <T> T parse(String raw, Function<String, T> factory, String what) {
        return cn.wangben.platform.web.PathIds.parse(raw, factory, what);
    }
}

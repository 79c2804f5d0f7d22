package cn.wangben.assignment.module;

import cn.wangben.assignment.programme.KnownProgramme;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;

/** A module as the county enters it; {@link #within} applies the scheduling rules against its programme. */
public record ModuleDraft(
        ProgrammeId programme, String title, String prompt, Integer maxPoints, Instant opensAt, Instant dueAt) {

    public static final int DEFAULT_MAX_POINTS = 20;
    public static final int MAX_TITLE_LENGTH = 50;
    public static final int MAX_PROMPT_LENGTH = 2000;
    public static final int POINTS_CEILING = 100;

    OnlineModule within(KnownProgramme p) {
        require(title != null && !title.isBlank(), "title", "板块名称不能为空");
        require(title.strip().length() <= MAX_TITLE_LENGTH, "title", "板块名称不能超过 " + MAX_TITLE_LENGTH + " 个字");
        require(
                prompt == null || prompt.length() <= MAX_PROMPT_LENGTH,
                "prompt",
                "作业要求不能超过 " + MAX_PROMPT_LENGTH + " 个字");
        int points = maxPoints == null ? DEFAULT_MAX_POINTS : maxPoints;
        require(points > 0 && points <= POINTS_CEILING, "maxPoints", "板块分值必须在 1 到 " + POINTS_CEILING + " 之间");
        require(opensAt != null, "opensAt", "请填写板块开放时间");
        require(dueAt != null, "dueAt", "请填写作业截止时间");
        require(opensAt.isBefore(dueAt), "dueAt", "作业截止时间必须晚于板块开放时间");
        require(!opensAt.isBefore(p.opens()), "opensAt", "板块开放时间不能早于研修项目开始日期");
        require(!dueAt.isAfter(p.closes()), "dueAt", "作业截止时间不能晚于研修项目结束日期 24:00");
        return new OnlineModule(
                ModuleId.random(), p.county(), p.id(), title.strip(), prompt, points, opensAt, dueAt, p.zone());
    }

    private static void require(boolean condition, String field, String detail) {
        if (!condition) {
            throw DomainException.ruleViolated("invalid-module", field, detail);
        }
    }
}

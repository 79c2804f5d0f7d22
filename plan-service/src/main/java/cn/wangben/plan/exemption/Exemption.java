package cn.wangben.plan.exemption;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 免修: the county decided that a rostered teacher may skip this programme, in one of the programme's exemption
 * categories and with evidence (e.g. the number on a 国培送教 list). An exempt teacher is not counted as failing.
 */
public record Exemption(
        CountyId county,
        ProgrammeId programme,
        RosteredTeacher teacher,
        String category,
        String evidence,
        String by,
        Instant at) {
    public static final int MAX_EVIDENCE = 500;

    public Exemption {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(teacher, "teacher");
        Objects.requireNonNull(at, "at");
    }

    /** Checks the category against the programme's categories and the evidence; refusals name the field. */
    static void check(String category, String evidence, List<String> allowedCategories) {
        if (category == null || !allowedCategories.contains(category.strip())) {
            String allowed = allowedCategories.isEmpty() ? "（本项目未设置免修类别）" : String.join("、", allowedCategories);
            throw DomainException.ruleViolated("invalid-exemption", "category", "免修类别必须是本项目设置的类别之一：" + allowed);
        }
        if (evidence == null || evidence.isBlank()) {
            throw DomainException.ruleViolated("invalid-exemption", "evidence", "请填写免修依据（如名单名称及序号）");
        }
        String stripped = evidence.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_EVIDENCE) {
            throw DomainException.ruleViolated("invalid-exemption", "evidence", "免修依据不能超过 " + MAX_EVIDENCE + " 字");
        }
    }

    /** Decides an exemption for a teacher found on a current roster of the programme. */
    static Exemption decide(
            CountyId county,
            ProgrammeId programme,
            List<String> allowedCategories,
            RosteredTeacher teacher,
            String category,
            String evidence,
            String by,
            Instant at) {
        check(category, evidence, allowedCategories);
        return new Exemption(county, programme, teacher, category.strip(), evidence.strip(), by, at);
    }

    DomainEvent event() {
        return new TeacherExempted(
                EventId.random(),
                county,
                at,
                programme,
                teacher.school(),
                teacher.teacherKey(),
                category,
                evidence,
                by);
    }
}

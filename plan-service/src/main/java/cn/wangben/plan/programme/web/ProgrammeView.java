package cn.wangben.plan.programme.web;

import cn.wangben.plan.programme.Programme;
import cn.wangben.plan.programme.ProgrammeRevision;
import cn.wangben.plan.programme.ProgrammeSettings;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

record ProgrammeView(
        String id,
        String countyId,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        String timeZone,
        OffsetDateTime enrollmentCutoff,
        int onlinePoints,
        int schoolPoints,
        int totalPoints,
        int passMark,
        int creditedHours,
        int cycleHoursTarget,
        OffsetDateTime schoolPlanDeadline,
        OffsetDateTime schoolScoringDeadline,
        List<String> exemptionCategories,
        String status,
        OffsetDateTime publishedAt,
        List<ProgrammeRevision> revisions) {

    static ProgrammeView of(Programme p) {
        ProgrammeSettings s = p.settings();
        return new ProgrammeView(
                p.id().value(),
                p.county().value(),
                s.name(),
                s.periodStart(),
                s.periodEnd(),
                s.zone().getId(),
                s.enrollmentCutoff().atZone(s.zone()).toOffsetDateTime(),
                s.onlinePoints(),
                s.schoolPoints(),
                s.totalPoints(),
                s.passMark(),
                s.creditedHours(),
                s.cycleHoursTarget(),
                s.schoolPlanDeadline().atZone(s.zone()).toOffsetDateTime(),
                s.schoolScoringDeadline().atZone(s.zone()).toOffsetDateTime(),
                s.exemptionCategories(),
                p.status().name(),
                p.publishedAt() == null
                        ? null
                        : p.publishedAt().atZone(s.zone()).toOffsetDateTime(),
                p.revisions());
    }
}

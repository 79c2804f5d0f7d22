package cn.wangben.scoring;

import cn.wangben.scoring.dashboard.DashboardDesk;
import cn.wangben.scoring.dashboard.RiskSettings;
import cn.wangben.scoring.dashboard.web.DashboardProperties;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.projection.EventIntake;
import cn.wangben.scoring.projection.EventLog;
import cn.wangben.scoring.projection.LiveConsumers;
import cn.wangben.scoring.projection.ProjectionRebuild;
import cn.wangben.scoring.projection.ProjectionReplays;
import cn.wangben.scoring.results.CertificateDesk;
import cn.wangben.scoring.results.CertificateRenderer;
import cn.wangben.scoring.results.CounterProjector;
import cn.wangben.scoring.results.FinalResults;
import cn.wangben.scoring.results.FinalizationDesk;
import cn.wangben.scoring.results.ProjectedResultBoard;
import cn.wangben.scoring.results.ProjectionCounters;
import cn.wangben.scoring.results.ResultBoard;
import cn.wangben.scoring.results.ResultFacts;
import cn.wangben.scoring.results.ResultProjector;
import cn.wangben.scoring.results.ResultsDesk;
import cn.wangben.scoring.results.SchoolBoardWatch;
import cn.wangben.scoring.results.SchoolScoreReads;
import cn.wangben.scoring.results.SubmissionHours;
import cn.wangben.scoring.results.VerificationCodes;
import cn.wangben.scoring.results.pdf.CertificateProperties;
import cn.wangben.scoring.schoolscore.AttendanceDesk;
import cn.wangben.scoring.schoolscore.CorrectionDesk;
import cn.wangben.scoring.schoolscore.OverviewDesk;
import cn.wangben.scoring.schoolscore.ScoreBoard;
import cn.wangben.scoring.schoolscore.ScoreSheets;
import cn.wangben.scoring.schoolscore.ScoringDeadlineSweep;
import cn.wangben.scoring.schoolscore.SheetCases;
import cn.wangben.scoring.schoolscore.SheetDesk;
import cn.wangben.scoring.schoolscore.SheetProjector;
import cn.wangben.scoring.schoolscore.SheetWorkbooks;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {
    @Bean
    DashboardDesk dashboardDesk(
            ResultFacts facts, ResultBoard board, SubmissionHours hours, DashboardProperties p, Clock clock) {
        RiskSettings settings = new RiskSettings(
                p.planWarning(), p.submissionWindow(), p.submissionRatePercent(), p.sheetWarning(), p.zone());
        return new DashboardDesk(facts, board, hours, settings, clock);
    }

    @Bean
    ResultProjector resultProjector(
            ResultFacts facts, SchoolFacts schoolFacts, SchoolScoreReads scoring, FinalResults finals) {
        return new ResultProjector(facts, schoolFacts, scoring, finals);
    }

    @Bean
    CounterProjector counterProjector(
            ResultFacts facts, SchoolScoreReads scoring, ProjectionCounters counters, FinalResults finals) {
        return new CounterProjector(facts, scoring, counters, finals);
    }

    @Bean
    ResultBoard resultBoard(
            ProjectionCounters counters, ResultFacts facts, ResultProjector projector, SchoolScoreReads scoring) {
        return new ProjectedResultBoard(counters, facts, projector, scoring);
    }

    /** The one intake: every consumed event is recorded once and both school scoring and the counters follow it. */
    @Bean
    EventIntake eventIntake(
            ResultFacts facts,
            SchoolFacts schoolFacts,
            SheetProjector sheets,
            CounterProjector counters,
            DashboardProperties p) {
        return new EventIntake(facts, schoolFacts, sheets, counters, p.zone());
    }

    @Bean
    ProjectionRebuild projectionRebuild(
            LiveConsumers consumers,
            EventLog log,
            ProjectionReplays replays,
            CounterProjector counters,
            ResultProjector results,
            Clock clock) {
        return new ProjectionRebuild(consumers, log, replays, counters, results, clock);
    }

    @Bean
    ResultsDesk resultsDesk(ResultFacts facts, ResultBoard board, FinalResults finals) {
        return new ResultsDesk(facts, board, finals);
    }

    @Bean
    VerificationCodes verificationCodes(CertificateProperties p) {
        return new VerificationCodes(p.codeLength());
    }

    @Bean
    FinalizationDesk finalizationDesk(
            ResultFacts facts,
            ResultProjector projector,
            CounterProjector counters,
            FinalResults finals,
            VerificationCodes codes,
            Clock clock) {
        return new FinalizationDesk(facts, projector, counters, finals, codes, clock);
    }

    @Bean
    CertificateDesk certificateDesk(
            ResultFacts facts,
            FinalResults finals,
            CertificateRenderer renderer,
            VerificationCodes codes,
            CertificateProperties p,
            DashboardProperties dashboards) {
        return new CertificateDesk(facts, finals, renderer, codes, p.verificationPath(), dashboards.zone());
    }

    @Bean
    SheetCases sheetCases(SchoolFacts facts, ScoreSheets sheets) {
        return new SheetCases(facts, sheets);
    }

    /** School scoring publishes to a watched board, so every school part change recomputes the school's results. */
    @Bean
    SheetProjector sheetProjector(SheetCases cases, ScoreBoard board, CounterProjector counters, Clock clock) {
        return new SheetProjector(cases, new SchoolBoardWatch(board, counters), clock);
    }

    @Bean
    SheetDesk sheetDesk(
            SheetCases cases, ScoreSheets sheets, SheetProjector projector, SheetWorkbooks workbooks, Clock clock) {
        return new SheetDesk(cases, sheets, projector, workbooks, clock);
    }

    @Bean
    AttendanceDesk attendanceDesk(SheetCases cases, ScoreSheets sheets, SheetProjector projector, Clock clock) {
        return new AttendanceDesk(cases, sheets, projector, clock);
    }

    @Bean
    CorrectionDesk correctionDesk(SheetCases cases, ScoreSheets sheets, SheetProjector projector, Clock clock) {
        return new CorrectionDesk(cases, sheets, projector, clock);
    }

    @Bean
    OverviewDesk overviewDesk(SchoolFacts facts, ScoreBoard board) {
        return new OverviewDesk(facts, board);
    }

    @Bean
    ScoringDeadlineSweep scoringDeadlineSweep(
            SchoolFacts facts, SheetCases cases, ScoreSheets sheets, SheetProjector projector) {
        return new ScoringDeadlineSweep(facts, cases, sheets, projector);
    }
}

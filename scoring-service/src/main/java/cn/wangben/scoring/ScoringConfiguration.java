package cn.wangben.scoring;

import cn.wangben.scoring.dashboard.DashboardDesk;
import cn.wangben.scoring.dashboard.RiskSettings;
import cn.wangben.scoring.dashboard.web.DashboardProperties;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.results.CertificateDesk;
import cn.wangben.scoring.results.CertificateRenderer;
import cn.wangben.scoring.results.FinalResults;
import cn.wangben.scoring.results.FinalizationDesk;
import cn.wangben.scoring.results.ResultBoard;
import cn.wangben.scoring.results.ResultFacts;
import cn.wangben.scoring.results.ResultIntake;
import cn.wangben.scoring.results.ResultProjector;
import cn.wangben.scoring.results.ResultsDesk;
import cn.wangben.scoring.results.SchoolBoardWatch;
import cn.wangben.scoring.results.SubmissionHours;
import cn.wangben.scoring.results.VerificationCodes;
import cn.wangben.scoring.results.pdf.CertificateProperties;
import cn.wangben.scoring.schoolscore.AttendanceDesk;
import cn.wangben.scoring.schoolscore.CorrectionDesk;
import cn.wangben.scoring.schoolscore.FactIntake;
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
            ResultFacts facts, ResultBoard board, SchoolFacts schoolFacts, FinalResults finals) {
        return new ResultProjector(facts, board, schoolFacts, finals);
    }

    @Bean
    ResultIntake resultIntake(
            ResultFacts facts, ResultProjector projector, SubmissionHours hours, DashboardProperties p) {
        return new ResultIntake(facts, projector, hours, p.zone());
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
            ResultFacts facts, ResultProjector projector, FinalResults finals, VerificationCodes codes, Clock clock) {
        return new FinalizationDesk(facts, projector, finals, codes, clock);
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
    SheetProjector sheetProjector(SheetCases cases, ScoreBoard board, ResultProjector results, Clock clock) {
        return new SheetProjector(cases, new SchoolBoardWatch(board, results), clock);
    }

    @Bean
    FactIntake factIntake(SchoolFacts facts, SheetProjector projector) {
        return new FactIntake(facts, projector);
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

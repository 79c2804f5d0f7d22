package cn.wangben.scoring;

import cn.wangben.scoring.dashboard.DashboardDesk;
import cn.wangben.scoring.dashboard.Projections;
import cn.wangben.scoring.facts.SchoolFacts;
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
    DashboardDesk dashboardDesk(Projections projections) {
        return new DashboardDesk(projections);
    }

    @Bean
    SheetCases sheetCases(SchoolFacts facts, ScoreSheets sheets) {
        return new SheetCases(facts, sheets);
    }

    @Bean
    SheetProjector sheetProjector(SheetCases cases, ScoreBoard board, Clock clock) {
        return new SheetProjector(cases, board, clock);
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

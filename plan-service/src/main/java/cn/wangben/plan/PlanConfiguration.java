package cn.wangben.plan;

import cn.wangben.plan.enrollment.EnrollmentDesk;
import cn.wangben.plan.enrollment.Enrollments;
import cn.wangben.plan.enrollment.RosterEntries;
import cn.wangben.plan.exemption.ExemptionDesk;
import cn.wangben.plan.exemption.Exemptions;
import cn.wangben.plan.exemption.RosteredTeachers;
import cn.wangben.plan.hours.HoursDesk;
import cn.wangben.plan.hours.HoursRecords;
import cn.wangben.plan.programme.ProgrammeDesk;
import cn.wangben.plan.programme.Programmes;
import cn.wangben.plan.roster.RosterDesk;
import cn.wangben.plan.roster.Rosters;
import cn.wangben.plan.schoolplan.SchoolPlanDesk;
import cn.wangben.plan.schoolplan.SchoolPlans;
import cn.wangben.plan.standing.DeadlineSweep;
import cn.wangben.plan.standing.SchoolStates;
import cn.wangben.plan.standing.StandingDesk;
import cn.wangben.plan.standing.Standings;
import cn.wangben.roster.IdentityProtector;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
class PlanConfiguration {
    @Bean
    ProgrammeDesk programmeDesk(Programmes programmes, Clock clock) {
        return new ProgrammeDesk(programmes, clock);
    }

    @Bean
    HoursDesk hoursDesk(
            HoursRecords records,
            Enrollments enrollments,
            Programmes programmes,
            IdentityProtector protector,
            Clock clock) {
        return new HoursDesk(records, enrollments, programmes, protector::hashTypedId, clock);
    }

    @Bean
    EnrollmentDesk enrollmentDesk(
            Programmes programmes,
            RosterEntries roster,
            Enrollments enrollments,
            IdentityProtector protector,
            Clock clock) {
        return new EnrollmentDesk(programmes, roster, enrollments, protector, clock);
    }

    @Bean
    DeadlineSweep deadlineSweep(Programmes programmes, SchoolStates states, Standings standings) {
        return new DeadlineSweep(programmes, states, standings);
    }

    @Bean
    StandingDesk standingDesk(Standings standings, Programmes programmes, Clock clock) {
        return new StandingDesk(standings, programmes, clock);
    }

    @Bean
    SchoolPlanDesk schoolPlanDesk(SchoolPlans plans, Programmes programmes, Clock clock) {
        return new SchoolPlanDesk(plans, programmes, clock);
    }

    @Bean
    RosterDesk rosterDesk(Rosters rosters, Programmes programmes, IdentityProtector protector, Clock clock) {
        return new RosterDesk(rosters, programmes, protector, clock);
    }

    @Bean
    ExemptionDesk exemptionDesk(Exemptions exemptions, RosteredTeachers teachers, Programmes programmes, Clock clock) {
        return new ExemptionDesk(exemptions, teachers, programmes, clock);
    }
}

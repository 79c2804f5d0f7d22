package cn.wangben.scoring;

import cn.wangben.scoring.dashboard.DashboardDesk;
import cn.wangben.scoring.dashboard.Projections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {
    @Bean
    DashboardDesk dashboardDesk(Projections projections) {
        return new DashboardDesk(projections);
    }
}

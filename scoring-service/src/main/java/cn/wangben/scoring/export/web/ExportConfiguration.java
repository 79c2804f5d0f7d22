package cn.wangben.scoring.export.web;

import cn.wangben.scoring.export.ExportDesk;
import cn.wangben.scoring.export.FactExportSources;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.results.FinalResults;
import cn.wangben.scoring.results.ResultBoard;
import cn.wangben.scoring.results.ResultFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the exports to the results projection's read side; exports store nothing of their own. */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {
    @Bean
    ExportDesk exportDesk(ResultFacts facts, SchoolFacts schoolFacts, ResultBoard board, FinalResults finals) {
        return new ExportDesk(new FactExportSources(facts, schoolFacts), board, finals);
    }
}

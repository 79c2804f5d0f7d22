package cn.wangben.assignment;

import cn.wangben.assignment.module.ModuleDesk;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.assignment.programme.KnownProgrammes;
import cn.wangben.assignment.submission.EssayStore;
import cn.wangben.assignment.submission.SubmissionDesk;
import cn.wangben.assignment.submission.Submissions;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/** Wires the Spring-free use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
class AssignmentConfiguration {

    @Bean
    ModuleDesk moduleDesk(OnlineModules modules, KnownProgrammes programmes, Clock clock) {
        return new ModuleDesk(modules, programmes, clock);
    }

    @Bean
    SubmissionDesk submissionDesk(
            OnlineModules modules, Submissions submissions, EssayStore store, Clock clock, EssayProperties essays) {
        return new SubmissionDesk(modules, submissions, store, clock, essays.maxTextCharacters());
    }

    /** @param maxTextCharacters the longest essay typed online, in characters */
    @Validated
    @ConfigurationProperties("wangben.essays")
    record EssayProperties(@DefaultValue("20000") @Min(1) int maxTextCharacters) {}
}

package cn.wangben.plan.roster.persistence;

import cn.wangben.roster.IdentityProtector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the protector from the configured keys; a missing or malformed key stops the service at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterKeys.class)
class RosterKeysConfiguration {
    @Bean
    IdentityProtector rosterIdentityProtector(RosterKeys keys) {
        return new IdentityProtector(keys.hmacKeyBytes(), keys.aesKeyBytes());
    }
}

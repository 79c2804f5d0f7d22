package cn.wangben.identity;

import cn.wangben.identity.teachers.PasswordSeal;
import cn.wangben.identity.teachers.SlipDesk;
import cn.wangben.identity.teachers.TeacherAccounts;
import cn.wangben.identity.teachers.TeacherProvisioning;
import cn.wangben.identity.teachers.persistence.MongoTeacherAccounts;
import cn.wangben.identity.tenancy.AccountDirectory;
import cn.wangben.identity.tenancy.InitialPasswords;
import cn.wangben.identity.tenancy.Tenancy;
import cn.wangben.identity.tenancy.TenancyDesk;
import cn.wangben.identity.tenancy.keycloak.KeycloakDirectory;
import cn.wangben.identity.tenancy.keycloak.KeycloakProperties;
import cn.wangben.identity.tenancy.persistence.MongoTenancy;
import cn.wangben.platform.outbox.EventSourcedWrites;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.validation.annotation.Validated;

/** Wires the Spring-free provisioning use cases to Keycloak, Mongo and Kafka. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(KeycloakProperties keycloak) {
        return KeycloakBuilder.builder()
                .serverUrl(keycloak.serverUrl())
                .realm(keycloak.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .build();
    }

    @Bean
    AccountDirectory accountDirectory(Keycloak keycloakAdmin, KeycloakProperties keycloak) {
        return new KeycloakDirectory(keycloakAdmin, keycloak.realm());
    }

    @Bean
    Tenancy tenancy(MongoTemplate mongo, EventSourcedWrites writes) {
        return new MongoTenancy(mongo, writes);
    }

    @Bean
    TeacherAccounts teacherAccounts(MongoTemplate mongo) {
        return new MongoTeacherAccounts(mongo);
    }

    @Bean
    InitialPasswords initialPasswords() {
        return new InitialPasswords();
    }

    @Bean
    PasswordSeal passwordSeal(ProvisioningProperties provisioning) {
        return new PasswordSeal(Base64.getDecoder().decode(provisioning.slipKey()));
    }

    @Bean
    TenancyDesk tenancyDesk(Tenancy tenancy, AccountDirectory directory, InitialPasswords passwords, Clock clock) {
        return new TenancyDesk(tenancy, directory, passwords, clock);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService provisioningWorkers(ProvisioningProperties provisioning) {
        return Executors.newFixedThreadPool(provisioning.parallelCalls());
    }

    @Bean
    TeacherProvisioning teacherProvisioning(
            TeacherAccounts accounts,
            AccountDirectory directory,
            Tenancy tenancy,
            InitialPasswords passwords,
            PasswordSeal seal,
            ExecutorService provisioningWorkers,
            Clock clock) {
        return new TeacherProvisioning(accounts, directory, tenancy, passwords, seal, provisioningWorkers, clock);
    }

    @Bean
    SlipDesk slipDesk(TeacherAccounts accounts, PasswordSeal seal) {
        return new SlipDesk(accounts, seal);
    }

    /**
     * @param slipKey Base64 AES key (16/24/32 bytes) sealing initial passwords until the school admin takes the slips
     * @param parallelCalls concurrent Keycloak calls while provisioning a roster batch (each costs a password hash)
     */
    @Validated
    @ConfigurationProperties("wangben.identity.provisioning")
    record ProvisioningProperties(
            @NotBlank String slipKey,
            @DefaultValue("4") @Min(1) @Max(32) int parallelCalls) {}
}

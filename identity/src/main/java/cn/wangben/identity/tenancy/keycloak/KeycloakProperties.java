package cn.wangben.identity.tenancy.keycloak;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How provisioning reaches Keycloak: the server, the realm it administers, and the confidential service client whose
 * service account holds the realm-management roles (see identity/realm/wangben-realm.json).
 */
@Validated
@ConfigurationProperties("wangben.identity.keycloak")
public record KeycloakProperties(
        @NotBlank String serverUrl,
        @NotBlank String realm,
        @NotBlank String clientId,
        @NotBlank String clientSecret) {}

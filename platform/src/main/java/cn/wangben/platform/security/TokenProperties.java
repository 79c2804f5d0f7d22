package cn.wangben.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param clockSkew how far a token's {@code exp}/{@code nbf} may be off the service's clock. Spring's own default is 60 s;
 *     the platform's is shorter because tokens live 5 minutes and all hosts keep time with NTP.
 */
@Validated
@ConfigurationProperties("wangben.security")
public record TokenProperties(@DefaultValue("30s") Duration clockSkew) {}

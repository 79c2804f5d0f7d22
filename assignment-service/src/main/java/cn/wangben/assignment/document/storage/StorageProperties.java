package cn.wangben.assignment.document.storage;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where essay and course-material contents live: MinIO in production, any S3-compatible server locally.
 *
 * @param publicEndpoint the address browsers reach the store at, used only to sign download links (a signature covers
 *     the host); empty means {@code endpoint}
 */
@Validated
@ConfigurationProperties("wangben.storage")
public record StorageProperties(
        @NotBlank String endpoint,
        @NotBlank String accessKey,
        @NotBlank String secretKey,
        @DefaultValue("us-east-1") @NotBlank String region,
        @DefaultValue("wangben-essays") @NotBlank String bucket,
        @DefaultValue("") String publicEndpoint) {

    String signingEndpoint() {
        return publicEndpoint.isBlank() ? endpoint : publicEndpoint;
    }
}

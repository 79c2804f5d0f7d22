package cn.wangben.assignment.submission.storage;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Where essay contents live: MinIO in production, any S3-compatible server locally. */
@Validated
@ConfigurationProperties("wangben.storage")
record StorageProperties(
        @NotBlank String endpoint,
        @NotBlank String accessKey,
        @NotBlank String secretKey,
        @DefaultValue("us-east-1") @NotBlank String region,
        @DefaultValue("wangben-essays") @NotBlank String bucket) {}

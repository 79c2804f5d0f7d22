package cn.wangben.assignment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The service's settings, validated at start-up. Upload limits must stay below {@code spring.servlet.multipart.*},
 * which is only the servlet's outer ceiling (see application.yml).
 */
final class AssignmentProperties {
    private AssignmentProperties() {}

    /**
     * @param maxTextCharacters the longest essay, typed or read from a file, in characters
     * @param maxFileSize the largest essay file (.pdf, .docx, .txt)
     */
    @Validated
    @ConfigurationProperties("wangben.essays")
    record EssayProperties(
            @DefaultValue("20000") @Min(1) int maxTextCharacters,
            @DefaultValue("10MB") @NotNull DataSize maxFileSize) {

        @AssertTrue(message = "max-file-size must be positive")
        boolean isFileSizePositive() {
            return maxFileSize.toBytes() > 0;
        }
    }

    /**
     * @param maxFileSize the largest course document (.pdf, .docx, .pptx, .xlsx)
     * @param downloadLinkExpiry how long a presigned download link works (S3 allows at most 7 days)
     */
    @Validated
    @ConfigurationProperties("wangben.materials")
    record MaterialProperties(
            @DefaultValue("50MB") @NotNull DataSize maxFileSize,
            @DefaultValue("10m") @NotNull Duration downloadLinkExpiry) {

        @AssertTrue(message = "max-file-size must be positive and download-link-expiry between 1s and 7d")
        boolean isValid() {
            return maxFileSize.toBytes() > 0
                    && downloadLinkExpiry.toSeconds() >= 1
                    && downloadLinkExpiry.compareTo(Duration.ofDays(7)) <= 0;
        }
    }

    /**
     * Zip-bomb bounds on Office files, checked before any parser reads them.
     *
     * @param maxZipEntries most entries in one file
     * @param maxUnzippedSize most bytes all entries decompress to together
     * @param maxCompressionRatio most uncompressed bytes per compressed byte of one entry past its first megabyte
     */
    @Validated
    @ConfigurationProperties("wangben.documents")
    record DocumentProperties(
            @DefaultValue("1000") @Min(1) int maxZipEntries,
            @DefaultValue("200MB") @NotNull DataSize maxUnzippedSize,
            @DefaultValue("100") @Min(1) @Max(10_000) int maxCompressionRatio) {}

    /**
     * The missing-essay cutoff job.
     *
     * @param schedulerEnabled whether this instance runs it on its own clock (off in tests, which call it directly)
     * @param sweepInterval pause between runs
     * @param settle how long after a cutoff an essay still being stored may land before the job counts it missing
     */
    @Validated
    @ConfigurationProperties("wangben.missing-essays")
    record MissingEssayProperties(
            @DefaultValue("true") boolean schedulerEnabled,
            @DefaultValue("60s") @NotNull Duration sweepInterval,
            @DefaultValue("1m") @NotNull Duration settle) {}
}

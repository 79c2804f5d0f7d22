package cn.wangben.assignment;

import cn.wangben.assignment.grading.AllocationDesk;
import cn.wangben.assignment.grading.Allocations;
import cn.wangben.assignment.grading.EssayTexts;
import cn.wangben.assignment.grading.GradingDesk;
import cn.wangben.assignment.grading.GradingIntake;
import cn.wangben.assignment.grading.GradingItems;
import cn.wangben.assignment.grading.GradingModules;
import cn.wangben.assignment.grading.GradingSettings;
import cn.wangben.assignment.grading.ReleaseDesk;
import cn.wangben.assignment.similarity.NearCopyDetector;
import cn.wangben.assignment.similarity.NearCopyIndex;
import cn.wangben.assignment.similarity.SimilaritySettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/** Wires grading and near-copy detection; their settings are the records below. */
@Configuration(proxyBeanMethods = false)
class GradingConfiguration {

    @Bean
    NearCopyDetector nearCopyDetector(NearCopyIndex index, SimilarityProperties similarity) {
        return new NearCopyDetector(index, similarity.settings());
    }

    @Bean
    GradingIntake gradingIntake(
            GradingItems items, GradingModules modules, EssayTexts texts, NearCopyDetector detector, Clock clock) {
        return new GradingIntake(items, modules, texts, detector, clock);
    }

    @Bean
    GradingDesk gradingDesk(
            GradingItems items,
            GradingModules modules,
            Allocations allocations,
            EssayTexts texts,
            GradingProperties grading,
            Clock clock) {
        return new GradingDesk(items, modules, allocations, texts, grading.settings(), clock);
    }

    @Bean
    AllocationDesk allocationDesk(Allocations allocations, GradingModules modules, Clock clock) {
        return new AllocationDesk(allocations, modules, clock);
    }

    @Bean
    ReleaseDesk releaseDesk(GradingItems items, GradingModules modules, Clock clock) {
        return new ReleaseDesk(items, modules, clock);
    }

    /**
     * @param maxCommentCharacters the longest grader's comment, in characters
     * @param defaultPageSize queue rows per page when the client does not say
     * @param maxPageSize the most queue rows a client may ask for at once
     */
    @Validated
    @ConfigurationProperties("wangben.grading")
    record GradingProperties(
            @DefaultValue("2000") @Min(1) int maxCommentCharacters,
            @DefaultValue("50") @Min(1) int defaultPageSize,
            @DefaultValue("100") @Min(1) @Max(1000) int maxPageSize) {

        GradingSettings settings() {
            return new GradingSettings(maxCommentCharacters, defaultPageSize, maxPageSize);
        }
    }

    /**
     * Near-copy detection; see {@link SimilaritySettings} for each setting. Changing the shingle length, hashes, bands
     * or seed starts a new signature scheme: essays indexed before are no longer compared.
     */
    @Validated
    @ConfigurationProperties("wangben.similarity")
    record SimilarityProperties(
            @DefaultValue("5") @Min(1) @Max(50) int shingleLength,
            @DefaultValue("128") @Min(1) @Max(1024) int hashes,
            @DefaultValue("32") @Min(1) @Max(1024) int bands,

            @DefaultValue("0.5") @DecimalMin("0.05") @DecimalMax("1.0")
            double threshold,

            @DefaultValue("20191209") long seed,
            @DefaultValue("20") @Min(1) int minShingles,
            @DefaultValue("10") @Min(1) @Max(100) int flagsKept,
            @DefaultValue("200") @Min(1) @Max(10_000) int bucketCapacity) {

        /** Also refuses settings whose bands do not divide the hashes, at start-up. */
        SimilaritySettings settings() {
            return new SimilaritySettings(
                    shingleLength, hashes, bands, threshold, seed, minShingles, flagsKept, bucketCapacity);
        }
    }
}

package cn.wangben.testinfra.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rule every service keeps: a feature's root package (e.g. {@code cn.wangben.plan.programme}) is its
 * domain and use cases, plain Java; Spring, Mongo, Kafka and MinIO live only in the adapter packages below it
 * ({@code web}, {@code persistence}, {@code messaging}, {@code storage}).
 */
public final class DomainRules {
    private static final String[] INFRASTRUCTURE = {
        "org.springframework..",
        "com.mongodb..",
        "org.bson..",
        "io.minio..",
        "org.apache.kafka..",
        "okhttp3..",
        "org.keycloak..",
        "jakarta.."
    };

    private DomainRules() {}

    public static ArchRule domainIsPlainJava(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + ".*")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE)
                .because("domain rules are plain, unit-tested Java (docs/architecture.md)");
    }
}

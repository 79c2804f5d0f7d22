package cn.wangben.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.wangben.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformDomainTest {
    /** Services' domain code may use these types, so they must stay as free of frameworks as that code. */
    @ArchTest
    static final ArchRule sharedDomainTypesArePlainJava = noClasses()
            .that()
            .resideInAPackage("cn.wangben.platform.domain")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..", "jakarta..");
}

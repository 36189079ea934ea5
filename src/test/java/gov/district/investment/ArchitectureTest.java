package gov.district.investment;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rule of DESIGN.md and the layers of docs/architecture.md, checked on the compiled
 * main classes: a change that reaches into another context's internals, or a domain class that
 * speaks HTTP, fails the build here rather than in a review. Plain JUnit (no Quarkus): it reads
 * class files only, in well under a second.
 */
class ArchitectureTest {

    private static final String ROOT = "gov.district.investment";
    private static final String PLATFORM = ROOT + ".platform..";
    private static final String REFERENCE = ROOT + ".reference..";
    private static final String PIPELINE = ROOT + ".pipeline..";
    private static final String LEADERS = ROOT + ".leaders..";
    private static final String LEADS = ROOT + ".leads..";
    // a layer of any context (or of platform); "*" is one package name, so jakarta.persistence is not one
    private static final String WEB = ROOT + ".*.web..";
    private static final String API = ROOT + ".*.api..";
    private static final String APP = ROOT + ".*.app..";
    private static final String DOMAIN = ROOT + ".*.domain..";
    private static final String PERSISTENCE = ROOT + ".*.persistence..";

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void platformDependsOnNoContext() {
        check(noClasses().that().resideInAPackage(PLATFORM)
                .should().dependOnClassesThat().resideInAnyPackage(REFERENCE, PIPELINE, LEADERS, LEADS)
                .because("platform is what every context shares; it knows none of them"));
    }

    @Test
    void referenceDependsOnlyOnPlatform() {
        check(noClasses().that().resideInAPackage(REFERENCE)
                .should().dependOnClassesThat().resideInAnyPackage(PIPELINE, LEADERS, LEADS));
    }

    @Test
    void pipelineNeverDependsOnLeadersOrLeads() {
        check(noClasses().that().resideInAPackage(PIPELINE)
                .should().dependOnClassesThat().resideInAnyPackage(LEADERS, LEADS)
                .because("what pipeline needs of them it asks through an interface it owns (ProjectLeaders)"));
    }

    @Test
    void leadersAndLeadsUseOnlyWhatPipelinePublishes() {
        check(noClasses().that().resideInAnyPackage(LEADERS, LEADS)
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".pipeline.web..", ROOT + ".pipeline.app..",
                        ROOT + ".pipeline.domain..", ROOT + ".pipeline.persistence..")
                .because("pipeline publishes its api package: records, enums and service interfaces"));
    }

    @Test
    void leadersAndLeadsDoNotKnowEachOther() {
        check(noClasses().that().resideInAPackage(LEADERS).should().dependOnClassesThat().resideInAPackage(LEADS));
        check(noClasses().that().resideInAPackage(LEADS).should().dependOnClassesThat().resideInAPackage(LEADERS));
    }

    @Test
    void otherContextsUseReferenceThroughItsServiceAndRecords() {
        check(noClasses().that().resideOutsideOfPackage(REFERENCE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".reference.web..", ROOT + ".reference.persistence.."));
    }

    @Test
    void resourcesNeverReachTheDatabase() {
        check(noClasses().that().resideInAPackage(WEB)
                .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(PanacheRepositoryBase.class)
                .because("a resource parses, calls one use case and shapes the answer"));
    }

    @Test
    void domainSpeaksNoHttp() {
        check(noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..", ROOT + ".platform.error..",
                        ROOT + ".platform.http..")
                .because("domain errors carry facts; the one mapper turns them into problem+json"));
    }

    @Test
    void layersPointInward() {
        check(noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(APP, WEB, PERSISTENCE));
        check(noClasses().that().resideInAnyPackage(APP, PERSISTENCE, API)
                .should().dependOnClassesThat().resideInAPackage(WEB));
        check(noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAPackage(APP));
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }
}

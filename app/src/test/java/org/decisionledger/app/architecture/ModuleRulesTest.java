package org.decisionledger.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.common.LedgerEvent;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of the house style, checked on the compiled classes. */
class ModuleRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.decisionledger");
    }

    @Test
    void theSharedKernelDependsOnNothingButTheJdkAndAxonAnnotations() {
        ArchRule rule = classes().that().resideInAPackage("org.decisionledger.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.decisionledger.kernel..", "java..", "org.axonframework.modelling.command",
                        "org.axonframework.serialization");
        rule.check(classes);
    }

    @Test
    void theCommandSideNeverReadsTheQuerySide() {
        noClasses().that().resideInAPackage("org.decisionledger.command..")
                .should().dependOnClassesThat().resideInAPackage("org.decisionledger.query..")
                .check(classes);
    }

    @Test
    void theQuerySideNeverReachesIntoTheCommandSide() {
        noClasses().that().resideInAPackage("org.decisionledger.query..")
                .should().dependOnClassesThat().resideInAPackage("org.decisionledger.command..")
                .check(classes);
    }

    @Test
    void neitherSideDependsOnTheAssembly() {
        noClasses().that().resideInAnyPackage("org.decisionledger.command..", "org.decisionledger.query..",
                        "org.decisionledger.kernel..")
                .should().dependOnClassesThat().resideInAPackage("org.decisionledger.app..")
                .check(classes);
    }

    @Test
    void eventsAreVersionedRecordsInTheKernel() {
        classes().that().implement(LedgerEvent.class).and().areNotInterfaces()
                .should().beRecords()
                .andShould().beAnnotatedWith(Revision.class)
                .andShould().resideInAPackage("org.decisionledger.kernel..")
                .andShould().beTopLevelClasses()
                .check(classes);
    }

    @Test
    void eventsAreNamedAsBusinessFactsNotCrudVerbs() {
        noClasses().that().implement(LedgerEvent.class)
                .should().haveSimpleNameEndingWith("Updated")
                .orShould().haveSimpleNameEndingWith("Changed")
                .orShould().haveSimpleNameEndingWith("Event")
                .check(classes);
    }

    @Test
    void aggregatesAreNotPublic() {
        classes().that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void thereIsOneErrorAdvice() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestControllerAdvice.class)
                .should().haveSimpleName("ProblemAdvice")
                .check(classes);
    }

    @Test
    void nothingOutsideTheAssemblyReadsTheSystemClockOrMakesRandomIds() {
        noClasses().that().resideInAPackage("org.decisionledger.command..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .check(classes);
    }
}

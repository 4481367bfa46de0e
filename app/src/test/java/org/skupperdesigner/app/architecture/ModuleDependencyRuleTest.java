package org.skupperdesigner.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of DESIGN.md, enforced on the compiled classes of every module:
 *
 * <pre>
 * app ──> simulator ──> router
 *  │          └───────> model
 *  └────> exporters ──> model
 * </pre>
 *
 * The app module's test class path holds every module, so one import sees them all.
 */
class ModuleDependencyRuleTest {

    private static final String ROOT = "org.skupperdesigner";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void modelKnowsNothingOfUiNetworkingKubernetesOrOtherModules() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.netty..", "io.fabric8..",
                        ROOT + ".router..", ROOT + ".simulator..", ROOT + ".exporters..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void routerKnowsNothingOfTheModelNorOfAnyOtherModule() {
        noClasses().that().resideInAPackage(ROOT + ".router..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".model..", ROOT + ".simulator..",
                        ROOT + ".exporters..", ROOT + ".app..", "javafx..", "io.fabric8..")
                .check(classes);
    }

    @Test
    void simulatorUsesOnlyTheRouterAndTheModel() {
        noClasses().that().resideInAPackage(ROOT + ".simulator..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".exporters..", ROOT + ".app..",
                        "javafx..", "io.fabric8..")
                .check(classes);
    }

    @Test
    void exportersUseOnlyTheModel() {
        noClasses().that().resideInAPackage(ROOT + ".exporters..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".router..", ROOT + ".simulator..",
                        ROOT + ".app..", "javafx..", "io.netty..")
                .check(classes);
    }

    @Test
    void commandLineNeverTouchesJavaFxSoHeadlessCommandsRunWithoutADisplay() {
        noClasses().that().resideInAPackage(ROOT + ".app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", ROOT + ".app.ui..")
                .check(classes);
    }

    @Test
    void theRuleCatchesAModelClassThatReachesIntoTheApp() {
        JavaClasses offender = new ClassFileImporter()
                .importClasses(org.skupperdesigner.model.archfixture.ModelClassThatBreaksTheRule.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().that()
                        .resideInAPackage(ROOT + ".model..").should().dependOnClassesThat()
                        .resideInAnyPackage(ROOT + ".app..").check(offender))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ModelClassThatBreaksTheRule");
    }
}

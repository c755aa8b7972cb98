package cn.netlaw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the framework out of the law: {@code cn.netlaw.liability} is plain Java, and no part of the
 * service is organised by layer names.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("cn.netlaw");

    private static final String[] LAYER_PACKAGES = {
        "..service..", "..services..", "..dto..", "..dtos..", "..util..", "..utils..",
        "..impl..", "..common..", "..manager..", "..managers..", "..helper..", "..helpers.."
    };

    /** A fully qualified name whose simple name ends with a layer word. */
    private static final String LAYER_CLASS_NAME =
            ".*(Service|Impl|Dto|DTO|Util|Utils|Common|Manager|Managers|Helper|Helpers)";

    @Test
    void the_engine_imports_nothing_but_the_jdk() {
        classes().that().resideInAPackage("cn.netlaw.liability..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.netlaw.liability..")
                .because("the decision procedure is plain Java that can be read next to the statute")
                .allowEmptyShould(false)
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void the_engine_knows_no_framework() {
        noClasses().that().resideInAPackage("cn.netlaw.liability..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "javax..", "com.fasterxml..", "org.eclipse..",
                        "org.jboss..", "io.smallrye..", "io.vertx..", "io.micrometer..", "org.hibernate..")
                .because("framework annotations and types belong in cn.netlaw.api, the HTTP edge")
                .allowEmptyShould(false)
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void no_package_is_named_after_a_layer() {
        noClasses().should().resideInAnyPackage(LAYER_PACKAGES)
                .because("packages are named by role (liability, api), not by layer")
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void no_class_is_named_after_a_layer() {
        noClasses().should().haveNameMatching(LAYER_CLASS_NAME)
                .because("a class is named for what it is in the law or at the HTTP edge, not for its layer")
                .check(PRODUCTION_CLASSES);
    }
}

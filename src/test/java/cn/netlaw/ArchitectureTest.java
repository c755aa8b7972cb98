package cn.netlaw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the framework out of the law: {@code cn.netlaw.liability} is plain Java, and no part of the
 * service is organised by layer names. At the HTTP edge, one package per feature: classification is the top and
 * nothing depends on it; counterfactuals depend on the engine only; problems and operations, the explanation and the
 * provisions know nothing of how a classification is read or written; resources are the only classes that declare
 * JAX-RS routes.
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

    private static final String EDGE = "cn.netlaw.api";
    private static final List<String> FEATURES =
            List.of("classification", "explanation", "counterfactual", "provisions", "problem", "operations",
                    "timeline");

    @Test
    void the_edge_is_organised_by_feature() {
        classes().that().resideInAPackage(EDGE + "..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(FEATURES.stream().map(f -> EDGE + "." + f).toArray(String[]::new))
                .because("each class of the HTTP edge belongs to one feature package; cn.netlaw.api holds only the "
                        + "package-info with the document-level OpenAPI annotation")
                .allowEmptyShould(false)
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void nothing_depends_on_classification() {
        noClasses().that().resideInAnyPackage(EDGE + ".explanation..", EDGE + ".counterfactual..", EDGE + ".timeline..",
                        EDGE + ".provisions..", EDGE + ".problem..", EDGE + ".operations..")
                .should().dependOnClassesThat().resideInAPackage(EDGE + ".classification..")
                .because("classification is the top of the edge: problems, operations, texts, counterfactuals and "
                        + "the catalogue serve every resource and know nothing of how a case is read or answered")
                .allowEmptyShould(false)
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void counterfactuals_depend_on_the_engine_and_json_only() {
        classes().that().resideInAPackage(EDGE + ".counterfactual..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.netlaw.liability..",
                        "com.fasterxml.jackson.databind..", EDGE + ".counterfactual..")
                .because("the search for the smallest change is a use of the engine on JSON Patch operations of the "
                        + "request, readable without HTTP")
                .allowEmptyShould(false)
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void problems_and_operations_know_no_feature_above_them() {
        noClasses().that().resideInAnyPackage(EDGE + ".problem..", EDGE + ".operations..")
                .should().dependOnClassesThat().resideInAnyPackage(EDGE + ".counterfactual..",
                        EDGE + ".provisions..")
                .because("every resource answers problems and is operated the same way")
                .allowEmptyShould(false)
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void resources_are_the_only_jax_rs_routes() {
        classes().that().areAnnotatedWith(Path.class)
                .should().haveSimpleNameEndingWith("Resource")
                .andShould().resideInAPackage(EDGE + "..")
                .allowEmptyShould(false)
                .check(PRODUCTION_CLASSES);
        methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class)
                .or().areAnnotatedWith(PATCH.class).or().areAnnotatedWith(HEAD.class)
                .or().areAnnotatedWith(OPTIONS.class).or().areAnnotatedWith(Path.class)
                .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .because("a route is found by its resource; guards, filters and mappers declare none")
                .allowEmptyShould(false)
                .check(PRODUCTION_CLASSES);
    }
}

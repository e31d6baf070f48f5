package nl.tweedekamer.meldpunt.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The package rules every service keeps, checked on its compiled main classes:
 * <ul>
 *   <li>no package cycle: every package under the service's root is a slice of its own;</li>
 *   <li>a feature ({@code root.<feature>}) is entered by other code only through its root package
 *       (entities, rules, value types) and its {@code service} package; its {@code rest},
 *       {@code repository}, {@code listener}, {@code mapping} … are its own.</li>
 * </ul>
 * <pre>
 * FeatureArchitecture.of("nl.tweedekamer.meldpunt.klacht").features("procedure", "bewaring").verify();
 * </pre>
 */
public final class FeatureArchitecture {

    /** The packages of a feature that other features may use, besides its root package. */
    public static final Set<String> OPEN_PACKAGES = Set.of("service");

    private final String root;
    private final List<String> features = new ArrayList<>();

    private FeatureArchitecture(String root) {
        this.root = root;
    }

    public static FeatureArchitecture of(String rootPackage) {
        return new FeatureArchitecture(rootPackage);
    }

    public FeatureArchitecture features(String... names) {
        features.addAll(List.of(names));
        return this;
    }

    /** Imports the main classes under the root package and checks them; an AssertionError lists every violation. */
    public void verify() {
        verify(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root));
    }

    public void verify(JavaClasses classes) {
        List<String> failures = new ArrayList<>();
        if (classes.stream().noneMatch(this::underRoot)) {
            failures.add("no class found under " + root);
        }
        check(noPackageCycles(), classes, failures);
        for (String feature : features) {
            String pkg = root + "." + feature;
            if (classes.stream().noneMatch(c -> within(c.getPackageName(), pkg))) {
                failures.add("feature '" + feature + "' has no class in " + pkg);
                continue;
            }
            check(onlyRootAndServiceUsedFromOutside(pkg), classes, failures);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join(System.lineSeparator() + System.lineSeparator(), failures));
        }
    }

    private ArchRule noPackageCycles() {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return underRoot(javaClass)
                        ? SliceIdentifier.of(javaClass.getPackageName())
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package under " + root;
            }
        }).should().beFreeOfCycles();
    }

    private ArchRule onlyRootAndServiceUsedFromOutside(String featurePackage) {
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe(
                "are internal to " + featurePackage + " (not its root or " + OPEN_PACKAGES + " package)",
                c -> within(c.getPackageName(), featurePackage) && !isOpen(c.getPackageName(), featurePackage));
        return noClasses()
                .that().resideOutsideOfPackage(featurePackage + "..")
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat(internal)
                .allowEmptyShould(true);
    }

    private static boolean isOpen(String pkg, String featurePackage) {
        if (pkg.equals(featurePackage)) {
            return true;
        }
        return OPEN_PACKAGES.stream().anyMatch(open -> within(pkg, featurePackage + "." + open));
    }

    private boolean underRoot(JavaClass c) {
        return within(c.getPackageName(), root);
    }

    private static boolean within(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }

    private static void check(ArchRule rule, JavaClasses classes, List<String> failures) {
        EvaluationResult result = rule.evaluate(classes);
        if (result.hasViolation()) {
            failures.add(result.getFailureReport().toString());
        }
    }
}

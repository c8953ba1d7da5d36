package dev.lakehouse.explorer.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layer rules of ARCHITECTURE.md, checked on the compiled classes. */
class LayerRulesTest {
    private static final String[] SPARK_SIDE = {"org.apache.spark..", "org.apache.hadoop..", "io.delta..", "scala.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lakehouse.explorer");
    }

    @Test
    void uiNeverTouchesSparkHadoopDeltaScalaAzureOrTheEngineImplementations() {
        noClasses().that().resideInAPackage("..explorer.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(SPARK_SIDE)
                .orShould().dependOnClassesThat().resideInAnyPackage("com.azure..", "org.apache.logging..")
                .orShould().dependOnClassesThat().resideInAnyPackage("..explorer.engine.spark..", "..explorer.engine.azure..",
                        "..explorer.engine.kernel..", "..explorer.cli..", "..explorer.app..")
                .check(classes);
    }

    @Test
    void onlyEngineSparkTouchesSparkHadoopDeltaAndScala() {
        noClasses().that().resideOutsideOfPackages("..explorer.engine.spark..", "..explorer.engine.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(SPARK_SIDE)
                .check(classes);
    }

    @Test
    void onlyEngineKernelTouchesDeltaKernel() {
        noClasses().that().resideOutsideOfPackage("..explorer.engine.kernel..")
                .should().dependOnClassesThat().resideInAPackage("io.delta.kernel..")
                .check(classes);
    }

    @Test
    void engineKernelUsesDeltaKernelAndHadoopButNeitherSparkNorScala() {
        noClasses().that().resideInAPackage("..explorer.engine.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "io.delta.tables..",
                        "io.delta.sql..", "..explorer.engine.spark..")
                .check(classes);
    }

    /** The metastore locator must work where Spark never starts: plain JDBC, no engine implementation. */
    @Test
    void engineMetastoreUsesJdbcOnlyNeitherSparkNorKernel() {
        noClasses().that().resideInAPackage("..explorer.engine.metastore..")
                .should().dependOnClassesThat().resideInAnyPackage(SPARK_SIDE)
                .orShould().dependOnClassesThat().resideInAnyPackage("io.delta.kernel..", "..explorer.engine.spark..",
                        "..explorer.engine.kernel..", "org.apache.derby..")
                .check(classes);
    }

    @Test
    void onlyEngineAzureTouchesTheAzureSdk() {
        noClasses().that().resideOutsideOfPackage("..explorer.engine.azure..")
                .should().dependOnClassesThat().resideInAPackage("com.azure..")
                .check(classes);
    }

    /** The Azure side sees the engine's face only: no Spark, Hadoop, Delta, Kernel or other implementation. */
    @Test
    void engineAzureUsesTheAzureSdkButNoOtherEngineImplementation() {
        noClasses().that().resideInAPackage("..explorer.engine.azure..")
                .should().dependOnClassesThat().resideInAnyPackage(SPARK_SIDE)
                .orShould().dependOnClassesThat().resideInAnyPackage("io.delta.kernel..", "javafx..",
                        "..explorer.engine.spark..", "..explorer.engine.kernel..", "..explorer.engine.metastore..",
                        "..explorer.ui..", "..explorer.cli..", "..explorer.app..")
                .check(classes);
    }

    @Test
    void theEngineKnowsNothingOfJavaFxOrItsCallers() {
        noClasses().that().resideInAPackage("..explorer.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..explorer.ui..", "..explorer.cli..", "..explorer.app..")
                .check(classes);
    }

    @Test
    void theCommandLineUsesEngineInterfacesOnly() {
        noClasses().that().resideInAPackage("..explorer.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("..explorer.engine.spark..", "..explorer.ui..", "javafx..")
                .check(classes);
    }

    /** Secrets and connections are pure Java: JDK crypto, Jackson and java.nio, testable without Spark or Azure. */
    @Test
    void secretsAndConnectionsNeedNeitherSparkNorAzure() {
        noClasses().that().resideInAnyPackage("..explorer.engine.secrets..", "..explorer.engine.connections..")
                .should().dependOnClassesThat().resideInAnyPackage(SPARK_SIDE)
                .orShould().dependOnClassesThat().resideInAnyPackage("com.azure..", "javafx..", "io.delta.kernel..",
                        "..explorer.engine.spark..", "..explorer.engine.kernel..", "..explorer.engine.azure..")
                .check(classes);
    }
}

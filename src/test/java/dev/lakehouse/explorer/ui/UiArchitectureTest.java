package dev.lakehouse.explorer.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The UI's side of the layering rules in DESIGN.md: it sees the engine only through its plain contracts. */
class UiArchitectureTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lakehouse.explorer.ui");

    @Test
    void theUiNeverTouchesSparkHadoopDeltaScalaAzureOrLog4j() {
        noClasses().that().resideInAPackage("dev.lakehouse.explorer.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.spark..", "org.apache.hadoop..", "io.delta..", "scala..", "com.azure..",
                        "org.apache.logging..", "dev.lakehouse.explorer.engine.spark..",
                        "dev.lakehouse.explorer.engine.kernel..", "dev.lakehouse.explorer.engine.azure..")
                .check(UI);
    }

    @Test
    void viewModelsHoldNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "atlantafx..", "org.kordamp..", "org.fxmisc..")
                .check(UI);
    }

    /**
     * The Medallion panel reaches other panels only through the window (callbacks wired in MainWindow); the one
     * thing it borrows is the SQL editor's highlighting, so SQL inside a spec looks like SQL in the SQL panel.
     */
    @Test
    void theMedallionPanelUsesNoOtherPanelButTheSqlHighlighting() {
        noClasses().that().resideInAPackage("dev.lakehouse.explorer.ui.medallion..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "another panel's classes", (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.getPackageName().startsWith("dev.lakehouse.explorer.ui.")
                                        && !c.getPackageName().startsWith("dev.lakehouse.explorer.ui.medallion")
                                        && !c.getPackageName().equals("dev.lakehouse.explorer.ui.common")
                                        && !c.getName().equals("dev.lakehouse.explorer.ui.sql.SqlSyntax")))
                .check(UI);
    }
}

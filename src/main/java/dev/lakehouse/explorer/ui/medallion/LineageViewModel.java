package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The lineage graph of the spec, coloured by the pipeline's last run (live while a run goes); choosing a node
 * selects its step, and its links open the step's target, or its quarantine table, in the Catalog.
 */
public final class LineageViewModel {
    private final SpecEditorViewModel editor;
    private final ReadOnlyObjectProperty<RunReport> lastRun;
    private final ReadOnlyObjectWrapper<Lineage> lineage = new ReadOnlyObjectWrapper<>(Lineage.EMPTY);
    private Consumer<TableLink> onOpenTable = t -> { };

    public LineageViewModel(SpecEditorViewModel editor, ReadOnlyObjectProperty<RunReport> lastRun) {
        this.editor = editor;
        this.lastRun = lastRun;
        editor.specProperty().addListener((obs, old, spec) -> rebuild());
        lastRun.addListener((obs, old, run) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        lineage.set(LineageBuilder.build(editor.specProperty().get(), lastRun.get()));
    }

    /** A node chosen (click, Enter): its step becomes the selected one in the editor and the form. */
    public void select(Lineage.Node node) {
        if (node != null && node.step() != null) {
            editor.selectStep(node.step());
        }
    }

    /** Whether the node's table can open: a step's target (it may not exist before the first run). */
    public boolean canOpen(Lineage.Node node) {
        return node != null && node.kind() != Lineage.Kind.SOURCE_FOLDER && !node.detail().isBlank();
    }

    /** Opens the node's table in the Catalog at the version the last run left it. */
    public void openInCatalog(Lineage.Node node) {
        if (!canOpen(node)) {
            return;
        }
        String table = node.kind() == Lineage.Kind.EXTERNAL_TABLE ? node.label() : node.detail();
        onOpenTable.accept(new TableLink(resolve(table), node.version()));
    }

    /** Opens the rows the last run quarantined: the step's {@code <target>_quarantine} table, as it is now. */
    public void openQuarantine(Lineage.Node node) {
        if (node != null && node.kind() == Lineage.Kind.STEP && node.quarantined() > 0) {
            onOpenTable.accept(new TableLink(resolve(node.detail() + "_quarantine"), null));
        }
    }

    /** A report row's "Open in Catalog": the step's target at the version that run reached. */
    public void openStep(dev.lakehouse.explorer.engine.pipelines.StepReport step) {
        if (step.target() != null && !step.target().isBlank()) {
            onOpenTable.accept(new TableLink(resolve(step.target()), step.version()));
        }
    }

    /** A report row's quarantine count: the rows in {@code <target>_quarantine}. */
    public void openQuarantine(dev.lakehouse.explorer.engine.pipelines.StepReport step) {
        if (step.rowsQuarantined() > 0 && step.target() != null) {
            onOpenTable.accept(new TableLink(resolve(step.target() + "_quarantine"), null));
        }
    }

    /** A folder target is written relative to the spec; the Catalog needs it absolute. */
    private String resolve(String table) {
        PipelineSpec spec = editor.specProperty().get();
        if (!TableRef.looksLikePath(table) || TableRef.isRemoteUri(table) || table.startsWith("file:")
                || spec == null) {
            return table;
        }
        String expanded = table.startsWith("~") ? System.getProperty("user.home") + table.substring(1) : table;
        Path p = Path.of(expanded);
        return (p.isAbsolute() ? p : spec.document().baseDir().resolve(p)).normalize().toString();
    }

    void setOnOpenTable(Consumer<TableLink> onOpenTable) {
        this.onOpenTable = onOpenTable;
    }

    public ReadOnlyObjectProperty<Lineage> lineageProperty() {
        return lineage.getReadOnlyProperty();
    }
}

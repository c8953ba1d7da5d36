package dev.lakehouse.explorer.ui.medallion;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import dev.lakehouse.explorer.ui.common.Theme;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.nio.file.Path;

/**
 * The Medallion panel: a toolbar (spec, validation, run), the YAML editor with its problems on the left, and on the
 * right the lineage, the form of the selected step, the run report and the run options.
 */
public final class MedallionView extends BorderPane {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination VALIDATE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);
    private final MedallionViewModel vm;
    private final SpecEditor editor;
    private final LineageGraph graph;
    private final TabPane tabs = new TabPane();
    private final Tab lineageTab;
    private final Tab reportTab;

    public MedallionView(MedallionViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        this.editor = new SpecEditor(vm.editor());
        this.graph = new LineageGraph(new Actions(vm.lineage()));
        graph.lineageProperty().bind(vm.lineage().lineageProperty());
        graph.selectedStepProperty().bind(vm.editor().selectedStepProperty());
        lineageTab = new Tab("Lineage", lineagePane());
        lineageTab.setId("medallion-tab-lineage");
        var formTab = new Tab("Step", new StepFormView(vm.form(), errors));
        formTab.setId("medallion-tab-step");
        reportTab = new Tab("Run report", new ReportView(vm.report(), vm.lineage(), vm, errors));
        reportTab.setId("medallion-tab-report");
        var optionsTab = new Tab("Run options", padded(new RunOptionsView(vm.run())));
        optionsTab.setId("medallion-tab-options");
        tabs.getTabs().addAll(lineageTab, formTab, reportTab, optionsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("medallion-tabs");

        var left = new SplitPane(editor, new ProblemsList(vm.editor(), editor::requestFocus));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.8);
        var body = new SplitPane(left, tabs);
        body.setDividerPositions(0.42);
        var banners = new VBox(6, banner(Banner.error(vm.error(), errors), "medallion-error"),
                banner(Banner.error(vm.editor().error(), errors), "medallion-check-error"),
                banner(Banner.error(vm.run().error(), errors), "medallion-run-error"),
                banner(Banner.success(vm.editor().noticeProperty(), vm.editor()::clearNotice), "medallion-notice"),
                banner(Banner.success(vm.noticeProperty(), vm::clearNotice), "medallion-saved"));
        banners.getStyleClass().add("medallion-banners");
        var content = new BorderPane(body);
        content.setTop(banners);
        var start = startState();
        content.visibleProperty().bind(vm.openProperty());
        start.visibleProperty().bind(vm.openProperty().not());
        setTop(toolbar());
        setCenter(new StackPane(content, start));
        wireDialogs();
        wireRunFollowing();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                vm.loadRecent();
            }
        });
        getStyleClass().add("medallion-view");
        setId("medallion-view");
    }

    /** The panel's own keys (the window hands them over while this panel shows); true when one was used. */
    public boolean handleShortcut(KeyEvent e) {
        if (SAVE.match(e)) {
            save();
        } else if (OPEN.match(e)) {
            chooseAndOpen();
        } else if (NEW.match(e)) {
            vm.newSpec();
        } else if (VALIDATE.match(e) && vm.openProperty().get()) {
            vm.editor().validate();
        } else if (RUN.match(e) && vm.openProperty().get()) {
            vm.run().run();
        } else if (CANCEL.match(e) && vm.run().runningProperty().get()) {
            vm.run().cancel(); // Escape is only taken while a run goes; otherwise it closes popups
        } else {
            return false;
        }
        return true;
    }

    public void focusEditor() {
        if (vm.openProperty().get()) {
            editor.requestFocus();
        }
    }

    private Node toolbar() {
        var newSpec = button("New", Material2AL.ADD, "medallion-new", "A new spec from a template (Ctrl+N)");
        newSpec.setOnAction(e -> vm.newSpec());
        var open = button("Open…", Material2AL.FOLDER_OPEN, "medallion-open", "Open a spec file (Ctrl+O)");
        open.setOnAction(e -> chooseAndOpen());
        var recent = new MenuButton("Recent", new FontIcon(Material2AL.HISTORY));
        recent.setId("medallion-recent");
        recent.getStyleClass().add(Styles.FLAT);
        recent.disableProperty().bind(Bindings.isEmpty(vm.recent()));
        vm.recent().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        var save = button("Save", Material2MZ.SAVE, "medallion-save", "Save the spec (Ctrl+S)");
        save.setOnAction(e -> save());
        save.disableProperty().bind(vm.openProperty().not());
        var title = new Label();
        title.setId("medallion-title");
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "medallion-title");
        title.textProperty().bind(Bindings.when(vm.openProperty()).then(vm.titleProperty()).otherwise(""));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var validate = button("Validate", Material2MZ.RULE, "medallion-validate",
                "Plan every step in Spark without running it (Ctrl+Shift+Enter)");
        validate.setOnAction(e -> vm.editor().validate());
        validate.disableProperty().bind(vm.openProperty().not().or(vm.editor().validatingProperty()));
        var validating = new ProgressBar();
        validating.progressProperty().bind(vm.editor().validateProgressProperty());
        validating.visibleProperty().bind(vm.editor().validatingProperty());
        validating.managedProperty().bind(validating.visibleProperty());
        validating.setPrefWidth(90);
        var run = button("Run", Material2MZ.PLAY_ARROW, "medallion-run", "Run the pipeline (Ctrl+Enter)");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> vm.run().run());
        run.disableProperty().bind(vm.openProperty().not().or(vm.run().runningProperty()));
        var cancel = button("Cancel", Material2MZ.STOP, "medallion-cancel", "Stop the run (Esc)");
        cancel.setOnAction(e -> vm.run().cancel());
        cancel.disableProperty().bind(vm.run().runningProperty().not());
        var resume = button("Resume", Material2MZ.REPLAY, "medallion-resume",
                "Run again only the steps the last run did not finish");
        resume.setOnAction(e -> vm.run().resume());
        resume.visibleProperty().bind(vm.run().canResumeProperty());
        resume.managedProperty().bind(resume.visibleProperty());
        var runProgress = new Label();
        runProgress.setId("medallion-run-progress");
        runProgress.getStyleClass().add(Styles.TEXT_MUTED);
        vm.run().lastRunProperty().addListener((obs, old, r) -> runProgress.setText(progressText(r)));
        vm.run().runningProperty().addListener((obs, was, now) ->
                runProgress.setText(progressText(vm.run().lastRunProperty().get())));
        var bar = new HBox(8, newSpec, open, recent, save, new Separator(Orientation.VERTICAL), title, spacer,
                runProgress, validating, validate, new Separator(Orientation.VERTICAL), run, cancel, resume);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("panel-toolbar");
        return bar;
    }

    private String progressText(RunReport r) {
        if (r == null || !vm.run().runningProperty().get()) {
            return "";
        }
        long done = r.steps().stream().filter(s -> s.status() == StepStatus.SUCCEEDED
                || s.status() == StepStatus.FAILED || s.status() == StepStatus.SKIPPED).count();
        String now = r.steps().stream().filter(s -> s.status() == StepStatus.RUNNING).map(s -> s.name())
                .findFirst().map(n -> "running " + n + " · ").orElse("");
        return now + done + " of " + r.steps().size() + " steps done";
    }

    private Node lineagePane() {
        var scroll = new ScrollPane(graph);
        scroll.getStyleClass().add("lineage-scroll");
        scroll.setFitToWidth(false);
        var legend = new HBox(14);
        for (NodeStatus s : NodeStatus.values()) {
            if (s == NodeStatus.PENDING) {
                continue;
            }
            var dot = new Region();
            dot.getStyleClass().addAll("legend-dot", "status-" + s.css());
            var item = new HBox(5, dot, new Label(s.label()));
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        legend.getStyleClass().add("lineage-legend");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(10, legend, spacer, PngSave.button("lineage-save", graph, "lineage.png", vm));
        top.setAlignment(Pos.CENTER_LEFT);
        var empty = new Label("The lineage appears once the spec parses.", new FontIcon(Material2AL.ACCOUNT_TREE));
        empty.getStyleClass().addAll("empty-state", Styles.TEXT_MUTED);
        empty.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.lineage().lineageProperty().get().nodes().isEmpty(), vm.lineage().lineageProperty()));
        var pane = new BorderPane(new StackPane(scroll, empty));
        pane.setTop(top);
        pane.getStyleClass().add("lineage-pane");
        return pane;
    }

    private Node startState() {
        var title = new Label("Medallion pipelines", new FontIcon(Material2AL.LAYERS));
        title.getStyleClass().addAll(Styles.TITLE_3, "empty-state");
        var text = new Label("Describe a flow from raw files to bronze, silver and gold tables in a YAML spec, check it "
                + "as you type, run it again and again as new files land, and see what each rule kept out.");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        var newSpec = button("New spec", Material2AL.ADD, "medallion-start-new", "Start from a template");
        newSpec.getStyleClass().remove(Styles.FLAT);
        newSpec.getStyleClass().add(Styles.ACCENT);
        newSpec.setOnAction(e -> vm.newSpec());
        var open = button("Open spec…", Material2AL.FOLDER_OPEN, "medallion-start-open", "Open a spec file");
        open.getStyleClass().remove(Styles.FLAT);
        open.setOnAction(e -> chooseAndOpen());
        var recentBox = new VBox(4);
        recentBox.setId("medallion-start-recent");
        Runnable fill = () -> {
            recentBox.getChildren().clear();
            if (!vm.recent().isEmpty()) {
                var label = new Label("Recent");
                label.getStyleClass().add(Styles.TEXT_BOLD);
                recentBox.getChildren().add(label);
            }
            for (Path p : vm.recent()) {
                var link = new Hyperlink(p.toString());
                link.setOnAction(e -> vm.open(p));
                recentBox.getChildren().add(link);
            }
        };
        vm.recent().addListener((ListChangeListener<Path>) c -> fill.run());
        var box = new VBox(16, title, text, new HBox(10, newSpec, open), recentBox);
        box.setMaxWidth(640);
        box.getStyleClass().add("medallion-start");
        var holder = new StackPane(box);
        holder.setAlignment(Pos.TOP_CENTER);
        return holder;
    }

    private void fillRecent(MenuButton recent) {
        recent.getItems().clear();
        for (Path p : vm.recent()) {
            var item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setOnAction(e -> vm.open(p));
            recent.getItems().add(item);
        }
    }

    /** A run shows its lineage turning green; when it ends, the report. */
    private void wireRunFollowing() {
        vm.run().runningProperty().addListener((obs, was, running) -> {
            if (running) {
                tabs.getSelectionModel().select(lineageTab);
            }
        });
    }

    private void wireDialogs() {
        vm.question().questionProperty().addListener((obs, old, question) -> {
            if (question == null) {
                return;
            }
            var discard = new ButtonType("Discard edits", ButtonBar.ButtonData.OK_DONE);
            var alert = new Alert(Alert.AlertType.CONFIRMATION, "Your edits to " + vm.titleProperty().get()
                    .replace(" •", "") + " are not saved.", discard, ButtonType.CANCEL);
            alert.setHeaderText(question);
            alert.setTitle("Lakehouse Explorer");
            alert.getDialogPane().getStylesheets().add(Theme.appStylesheet());
            alert.getDialogPane().setId("medallion-confirm");
            if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
                alert.initOwner(getScene().getWindow());
            }
            alert.setOnHidden(e -> {
                if (alert.getResult() == discard) {
                    vm.question().confirm();
                } else {
                    vm.question().dismiss();
                }
            });
            alert.show();
        });
    }

    private void save() {
        if (!vm.openProperty().get() || vm.save()) {
            return;
        }
        var chooser = chooser("Save pipeline spec");
        chooser.setInitialFileName("pipeline.yaml");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            vm.saveAs(file.toPath());
        }
    }

    private void chooseAndOpen() {
        File file = chooser("Open pipeline spec").showOpenDialog(window());
        if (file != null) {
            vm.open(file.toPath());
        }
    }

    private FileChooser chooser(String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Pipeline spec", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path file = vm.editor().fileProperty().get();
        File folder = file != null && file.toAbsolutePath().getParent() != null
                ? file.toAbsolutePath().getParent().toFile() : vm.defaultFolder().toFile();
        if (!folder.isDirectory()) {
            folder = vm.defaultFolder().getParent().toFile();
        }
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String id, String tip) {
        var b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Node banner(Banner banner, String id) {
        banner.setId(id);
        return banner;
    }

    private static Node padded(Node n) {
        var box = new VBox(n);
        box.getStyleClass().add("medallion-tab-content");
        return box;
    }

    /** The lineage's node actions, through the view-model; a chosen step shows in the form. */
    private final class Actions implements LineageNodeView.Actions {
        private final LineageViewModel lineage;

        Actions(LineageViewModel lineage) {
            this.lineage = lineage;
        }

        @Override
        public void select(Lineage.Node node) {
            lineage.select(node);
        }

        @Override
        public boolean canOpen(Lineage.Node node) {
            return lineage.canOpen(node);
        }

        @Override
        public void open(Lineage.Node node) {
            lineage.openInCatalog(node);
        }

        @Override
        public void openQuarantine(Lineage.Node node) {
            lineage.openQuarantine(node);
        }
    }
}

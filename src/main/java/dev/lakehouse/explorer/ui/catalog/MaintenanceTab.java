package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Maintenance tab. RESTORE and "Enable change data feed" confirm in a dialog; VACUUM shows its dry run in
 * place, with the button that deletes. Progress and Cancel of the running operation, its result and its error sit
 * on top, outside the scrolling sections, so they show whichever section was used.
 */
final class MaintenanceTab extends VBox {
    private final MaintenanceViewModel vm;

    MaintenanceTab(MaintenanceViewModel vm, ErrorPresenter errors) {
        super(10);
        this.vm = vm;
        var notice = Banner.success(vm.noticeProperty(), vm::clearMessages);
        notice.setId("table-maintenance-notice");
        var error = Banner.error(vm.error(), errors);
        error.setId("table-maintenance-error");
        var page = new VBox(18, restore(), vacuum(), optimize(), changeDataFeed());
        page.getStyleClass().add("maintenance-page");
        var sections = new ScrollPane(page);
        sections.setId("table-maintenance-sections");
        sections.setFitToWidth(true);
        VBox.setVgrow(sections, Priority.ALWAYS);
        var progress = progress();
        for (var message : new Region[] {progress, notice, error}) {
            message.setMinHeight(Region.USE_PREF_SIZE); // the sections scroll; a message is never cut short
        }
        getChildren().addAll(progress, notice, error, sections);
        getStyleClass().addAll("table-tab", "maintenance-tab");
        vm.restorePreviewProperty().addListener((obs, old, preview) -> {
            if (preview != null) {
                Dialogs.confirm(this, "Restore to version " + preview.targetVersion() + "?", vm.restoreQuestion(),
                        "Restore", vm::confirmRestore, vm::dismissRestore);
            }
        });
        vm.changeDataFeedAskedProperty().addListener((obs, was, asked) -> {
            if (asked) {
                Dialogs.confirm(this, "Enable the change data feed?", "From the next commit on, Delta records row-"
                        + "level changes, which makes comparing versions exact. It may raise the table's protocol "
                        + "version, which older readers then cannot read; this cannot be undone.",
                        "Enable", vm::confirmEnableChangeDataFeed, vm::dismissChangeDataFeed);
            }
        });
    }

    private HBox progress() {
        var bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(200);
        var message = new Label();
        message.textProperty().bind(vm.progressMessageProperty());
        var cancel = new Button("Cancel", new FontIcon(Material2MZ.STOP));
        cancel.setId("table-maintenance-cancel");
        cancel.setOnAction(e -> vm.cancel());
        var row = new HBox(12, bar, message, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("banner", "banner-progress");
        row.visibleProperty().bind(vm.runningProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private VBox restore() {
        var version = new ComboBox<>(vm.restoreVersions());
        version.setId("table-restore-version");
        version.setPromptText("Version");
        version.valueProperty().bindBidirectional(vm.restoreVersionProperty());
        var button = new Button("Restore…", new FontIcon(Material2MZ.SETTINGS_BACKUP_RESTORE));
        button.setId("table-restore");
        button.disableProperty().bind(vm.runningProperty().or(version.valueProperty().isNull()));
        button.setOnAction(e -> vm.previewRestore());
        return section("Restore", "Make the table as it was at an earlier version. RESTORE adds a new version; the "
                + "history stays.", new HBox(8, version, button));
    }

    private VBox vacuum() {
        var hours = new TextField();
        hours.setId("table-vacuum-hours");
        hours.setPromptText("Retention hours (blank: the table's)");
        hours.setPrefColumnCount(18);
        hours.textProperty().bindBidirectional(vm.retainHoursProperty());
        var dryRun = new Button("Dry run", new FontIcon(Material2AL.CLEANING_SERVICES));
        dryRun.setId("table-vacuum-dryrun");
        dryRun.disableProperty().bind(vm.runningProperty());
        dryRun.setOnAction(e -> vm.planVacuum());

        var summary = new Label();
        summary.setId("table-vacuum-summary");
        summary.setWrapText(true);
        var files = new ListView<String>();
        files.setId("table-vacuum-files");
        files.getStyleClass().add(Styles.DENSE);
        files.setPrefHeight(140);
        var run = new Button("Delete these files", new FontIcon(Material2AL.DELETE_SWEEP));
        run.setId("table-vacuum-run");
        run.getStyleClass().add(Styles.DANGER);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.confirmVacuum());
        var discard = new Button("Discard");
        discard.setOnAction(e -> vm.dismissVacuum());
        var plan = new VBox(8, summary, files, new HBox(8, run, discard));
        plan.getStyleClass().add("vacuum-plan");
        plan.visibleProperty().bind(vm.vacuumPlanProperty().isNotNull());
        plan.managedProperty().bind(plan.visibleProperty());
        vm.vacuumPlanProperty().addListener((obs, old, p) -> {
            summary.setText(vm.vacuumSummary());
            files.getItems().setAll(p == null ? java.util.List.of() : p.files());
            run.setVisible(p != null && !p.files().isEmpty());
        });
        return section("Vacuum", "Delete data files no table version needs any more. Versions that used them can no "
                + "longer be read: the dry run shows which.", new VBox(8, new HBox(8, hours, dryRun), plan));
    }

    private VBox optimize() {
        var columns = new CheckList(vm.columns(), vm.zOrderColumns());
        columns.setId("table-zorder-columns");
        columns.setPrefHeight(110);
        columns.setMaxWidth(320);
        var button = new Button("Optimize", new FontIcon(Material2MZ.SPEED));
        button.setId("table-optimize");
        button.disableProperty().bind(vm.runningProperty());
        button.setOnAction(e -> vm.optimize());
        return section("Optimize", "Compact small files; tick columns to Z-ORDER by them (they cluster rows that "
                + "filters on those columns read together).", new VBox(8, columns, button));
    }

    private VBox changeDataFeed() {
        var state = new Label();
        state.textProperty().bind(vm.changeDataFeedOnProperty().map(on -> on
                ? "The change data feed is on." : "The change data feed is off."));
        var button = new Button("Enable change data feed…", new FontIcon(Material2MZ.TIMELINE));
        button.setId("table-enable-cdf");
        button.disableProperty().bind(vm.runningProperty().or(vm.changeDataFeedOnProperty()));
        button.setOnAction(e -> vm.askEnableChangeDataFeed());
        var row = new HBox(12, state, button);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("Change data feed", "Record row-level changes with every commit.", row);
    }

    private static VBox section(String title, String text, Node content) {
        var heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        var help = new Label(text);
        help.getStyleClass().addAll(Styles.TEXT_MUTED);
        help.setWrapText(true);
        var box = new VBox(8, heading, help, content);
        box.getStyleClass().add("maintenance-section");
        return box;
    }
}

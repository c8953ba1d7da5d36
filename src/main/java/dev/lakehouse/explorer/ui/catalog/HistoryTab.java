package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The History tab: one row per commit, newest first. Versions that can no longer be read are marked, with the
 * reason as tooltip; a double click (or "Show this version") time-travels to a readable one.
 */
final class HistoryTab extends VBox {
    private static final PseudoClass UNREADABLE = PseudoClass.getPseudoClass("unreadable");
    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final TablePageViewModel vm;
    private final TableView<TableVersion> table;

    HistoryTab(TablePageViewModel vm, ErrorPresenter errors) {
        super(8);
        this.vm = vm;
        table = new TableView<>(vm.history());
        table.setId("table-history");
        table.getStyleClass().addAll(Styles.DENSE, "history-table");
        table.getColumns().setAll(List.of(
                column("Version", 80, v -> v.version()),
                column("Committed", 170, v -> v.timestamp() == null ? "" : TIME.format(v.timestamp())),
                // Beside the version, not at the far right: whether it can be read is what users check first.
                column("Readable", 90, v -> v.readable() ? "yes" : "no"),
                column("Operation", 130, TableVersion::operation),
                column("Parameters", 260, v -> HistoryText.parameters(v.operationParameters())),
                column("Metrics", 300, v -> HistoryText.metrics(v.operationMetrics())),
                column("User", 100, v -> Objects.toString(v.userName(), "")),
                column("Engine", 200, v -> Objects.toString(v.engineInfo(), ""))));
        table.setRowFactory(t -> new VersionRow());
        table.setPlaceholder(new Label("No history"));
        vm.shownVersionProperty().addListener((obs, old, now) -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);
        var error = Banner.error(vm.historyError(), errors);
        getChildren().addAll(toolbar(), error, table);
        getStyleClass().add("table-tab");
    }

    private HBox toolbar() {
        var show = new Button("Show this version", new FontIcon(Material2AL.HISTORY));
        show.setId("table-history-show");
        show.disableProperty().bind(table.getSelectionModel().selectedItemProperty()
                .map(v -> !v.readable()).orElse(true));
        show.setOnAction(e -> showSelected());
        var hint = new Label("Double-click a version to see the table as it was then.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        var bar = new HBox(10, show, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showSelected() {
        var v = table.getSelectionModel().getSelectedItem();
        if (v != null) {
            vm.timeTravel().showVersion(v.version());
        }
    }

    private <T> TableColumn<TableVersion, T> column(String title, double width, Function<TableVersion, T> value) {
        var col = new TableColumn<TableVersion, T>(title);
        col.setPrefWidth(width);
        col.setSortable(false); // newest first is the order a history is read in
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private final class VersionRow extends TableRow<TableVersion> {
        // The tooltip is made on the first hover, not per row: a Tooltip is a popup window, and making one for
        // each visible row held the FX thread ~100 ms when a long history opened (bench/catalog.sh).
        private Tooltip tooltip;

        VersionRow() {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !isEmpty() && getItem().readable()) {
                    vm.timeTravel().showVersion(getItem().version());
                }
            });
            setOnMouseEntered(e -> updateTooltip());
        }

        @Override
        protected void updateItem(TableVersion v, boolean empty) {
            super.updateItem(v, empty);
            boolean unreadable = !empty && v != null && !v.readable();
            pseudoClassStateChanged(UNREADABLE, unreadable);
            pseudoClassStateChanged(SHOWN, !empty && v != null && shown(v));
            if (tooltip != null) {
                updateTooltip();
            }
        }

        private void updateTooltip() {
            TableVersion v = getItem();
            if (isEmpty() || v == null) {
                setTooltip(null);
                return;
            }
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            if (!v.readable()) {
                tooltip.setText("No longer readable: " + v.notReadableReason());
            } else {
                String metrics = HistoryText.allMetrics(v.operationMetrics());
                tooltip.setText("Double-click to show version " + v.version() + (metrics.isEmpty() ? "" : "\n\n" + metrics));
            }
            if (getTooltip() != tooltip) {
                setTooltip(tooltip);
            }
        }

        private boolean shown(TableVersion v) {
            Long shown = vm.shownVersionProperty().get();
            return shown == null ? v.version() == vm.latestVersionProperty().get() : shown == v.version();
        }
    }
}

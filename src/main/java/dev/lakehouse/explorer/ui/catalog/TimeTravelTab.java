package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The Time travel tab: pick a version (unreadable ones cannot be picked) or a date and time, and every tab shows
 * the table as of then; "Open in SQL" queries that version in the SQL panel.
 */
final class TimeTravelTab extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final TablePageViewModel page;
    private final TimeTravelViewModel vm;

    TimeTravelTab(TablePageViewModel page, ErrorPresenter errors) {
        super(16);
        this.page = page;
        this.vm = page.timeTravel();
        var error = Banner.error(vm.error(), errors);
        error.setId("table-timetravel-error");
        getChildren().addAll(error, byVersion(), byTime(), actions());
        getStyleClass().addAll("table-tab", "timetravel-tab");
    }

    private VBox byVersion() {
        var versions = new ComboBox<TableVersion>(page.history());
        versions.setId("table-timetravel-version");
        versions.setPromptText("Choose a version");
        versions.setCellFactory(l -> new VersionCell());
        versions.setButtonCell(new VersionCell());
        versions.setPrefWidth(420);
        var show = new Button("Show", new FontIcon(Material2AL.HISTORY));
        show.setId("table-timetravel-show");
        show.disableProperty().bind(versions.valueProperty().isNull());
        show.setOnAction(e -> vm.showVersion(versions.getValue().version()));
        return section("By version", new HBox(8, versions, show));
    }

    private VBox byTime() {
        var date = new DatePicker();
        date.setId("table-timetravel-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        var time = new TextField();
        time.setId("table-timetravel-time");
        time.setPromptText("HH:mm");
        time.setTooltip(new Tooltip("Time of day, e.g. 14:30 or 14:30:15; blank means the end of the day"));
        time.setPrefColumnCount(8);
        time.textProperty().bindBidirectional(vm.timeProperty());
        time.setOnAction(e -> vm.showVersionAtChosenTime());
        var show = new Button("Show as of then", new FontIcon(Material2AL.EVENT));
        show.setId("table-timetravel-at");
        show.disableProperty().bind(vm.dateProperty().isNull());
        show.setOnAction(e -> vm.showVersionAtChosenTime());
        var zone = new Label("Local time, " + ZoneId.systemDefault().getId());
        zone.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        var row = new HBox(8, date, time, show, zone);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("By date and time — the version that was current then", row);
    }

    private HBox actions() {
        var latest = new Button("Back to latest", new FontIcon(Material2MZ.UPDATE));
        latest.setId("table-timetravel-latest");
        latest.disableProperty().bind(page.shownVersionProperty().isNull());
        latest.setOnAction(e -> vm.backToLatest());
        var sql = new Button("Open in SQL", new FontIcon(Material2AL.CODE));
        sql.setId("table-open-sql");
        sql.setTooltip(new Tooltip("Query the shown version in the SQL panel"));
        sql.disableProperty().bind(page.refProperty().isNull());
        sql.setOnAction(e -> vm.openInSql());
        var row = new HBox(8, latest, sql);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox section(String title, javafx.scene.Node content) {
        var label = new Label(title);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, label, content);
    }

    /** A version with its time and operation; unreadable versions are shown but cannot be chosen. */
    private static final class VersionCell extends ListCell<TableVersion> {
        @Override
        protected void updateItem(TableVersion v, boolean empty) {
            super.updateItem(v, empty);
            setDisable(!empty && v != null && !v.readable());
            setTooltip(!empty && v != null && !v.readable() ? new Tooltip(v.notReadableReason()) : null);
            setText(empty || v == null ? null : "Version " + v.version() + " · "
                    + (v.timestamp() == null ? "?" : TIME.format(v.timestamp())) + " · " + v.operation()
                    + (v.readable() ? "" : " — no longer readable"));
        }
    }
}

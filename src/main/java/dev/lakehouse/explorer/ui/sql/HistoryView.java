package dev.lakehouse.explorer.ui.sql;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.sql.QueryRecord;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The history side list: a filter box and past runs, newest first; double-click or Enter opens one in the editor. */
final class HistoryView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final HistoryViewModel vm;

    HistoryView(HistoryViewModel vm, Runnable afterOpen) {
        this.vm = vm;
        var title = new Label("History", new FontIcon(Material2AL.HISTORY));
        title.getStyleClass().add(Styles.TITLE_4);
        var filter = new TextField();
        filter.setId("sql-history-filter");
        filter.setPromptText("Filter by text");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        var list = new ListView<>(vm.shown());
        list.setId("sql-history");
        list.getStyleClass().addAll("history-list", Styles.DENSE);
        list.setCellFactory(l -> new RunCell());
        list.setPlaceholder(new Label("Queries you run are listed here."));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open(list, afterOpen);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(list, afterOpen);
                e.consume();
            }
        });
        filter.setOnKeyPressed(e -> { // from the filter, Down moves into the list
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        var problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, filter, problem, list);
        setSpacing(8);
        setPadding(new Insets(10));
        setMinWidth(220);
        getStyleClass().add("history-pane");
    }

    private void open(ListView<QueryRecord> list, Runnable afterOpen) {
        QueryRecord run = list.getSelectionModel().getSelectedItem();
        if (run != null) {
            vm.open(run);
            afterOpen.run();
        }
    }

    /** A run: its statement on one line, then when, how long and how many rows (or its error). */
    private static final class RunCell extends ListCell<QueryRecord> {
        @Override
        protected void updateItem(QueryRecord run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            var statement = new Label(ResultTabViewModel.shortText(run.statement()));
            statement.getStyleClass().add("history-statement");
            var icon = new FontIcon(run.success() ? Material2AL.CHECK : Material2AL.ERROR_OUTLINE);
            var outcome = new Label(summary(run), icon);
            outcome.getStyleClass().addAll(Styles.TEXT_SMALL, run.success() ? Styles.TEXT_MUTED : Styles.DANGER);
            setGraphic(new VBox(2, statement, outcome));
            setTooltip(new Tooltip(run.statement() + (run.error() == null ? "" : "\n\n" + run.error())));
        }

        private static String summary(QueryRecord run) {
            String head = WHEN.format(run.startedAt().atZone(ZoneId.systemDefault())) + " · "
                    + ValueFormat.duration(run.elapsedMillis());
            if (!run.success()) {
                return head + " · " + run.error();
            }
            if (run.rowCount() == null) {
                return head + " · OK";
            }
            return head + " · " + ValueFormat.count(run.rowCount()) + (run.moreRows() ? "+" : "")
                    + (run.rowCount() == 1 && !run.moreRows() ? " row" : " rows");
        }
    }
}

package dev.lakehouse.explorer.ui.shell;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.logging.LogLine;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The collapsible log console: the engine's log lines, filtered by level and text, following the newest. */
final class LogConsoleView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final ListView<LogLine> list;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private final ToggleButton follow = new ToggleButton(null, new FontIcon(Material2AL.ARROW_DOWNWARD));

    LogConsoleView(LogConsoleViewModel vm, Runnable onClose) {
        list = new ListView<>(vm.visibleLines());
        list.setId("log-console");
        list.getStyleClass().addAll("log-list", Styles.DENSE);
        list.setCellFactory(v -> new LineCell());
        // One line per event at a fixed height: exact scrolling to the newest line, and cheap for 5,000 lines.
        list.setFixedCellSize(22);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });
        follow.setSelected(true);
        follow.setTooltip(new Tooltip("Follow new lines"));
        follow.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.SMALL);
        vm.visibleLines().addListener((ListChangeListener<LogLine>) c -> scrollToEnd());
        // Opening or resizing the console lays the list out anew: stay on the newest line.
        // (After this layout pass: mid-layout the list does not yet know how many rows it shows.)
        list.heightProperty().addListener(o -> Platform.runLater(this::scrollToEnd));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(toolbar(vm, onClose), list);
        getStyleClass().add("log-console");
        setMinHeight(90);
    }

    private HBox toolbar(LogConsoleViewModel vm, Runnable onClose) {
        var title = new Label("Log", new FontIcon(Material2MZ.SUBJECT));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        var level = new ComboBox<LogLine.Level>();
        level.setId("log-level");
        level.getItems().setAll(LogLine.Level.values());
        level.valueProperty().bindBidirectional(vm.minimumLevelProperty());
        level.getStyleClass().add(Styles.SMALL);
        level.setTooltip(new Tooltip("Show this level and above"));
        var search = new TextField();
        search.setPromptText("Filter");
        search.getStyleClass().add(Styles.SMALL);
        search.textProperty().bindBidirectional(vm.searchProperty());
        var clear = smallIcon(Material2AL.DELETE_OUTLINE, "Clear the console", vm::clear);
        var close = smallIcon(Material2AL.CLOSE, "Hide the log console (Ctrl+Shift+L)", onClose);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, title, spacer, level, search, follow, clear, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("log-toolbar");
        return bar;
    }

    private void copySelection() {
        var text = new StringBuilder();
        list.getSelectionModel().getSelectedItems().forEach(l -> text.append(LineCell.format(l, l.message())).append('\n'));
        var content = new ClipboardContent();
        content.putString(text.toString());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void scrollToEnd() {
        if (follow.isSelected() && !list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }

    private static Button smallIcon(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        var button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static final class LineCell extends ListCell<LogLine> {
        @Override
        protected void updateItem(LogLine line, boolean empty) {
            super.updateItem(line, empty);
            for (LogLine.Level level : LogLine.Level.values()) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(level.name().toLowerCase(Locale.ROOT)),
                        !empty && line != null && line.level() == level);
            }
            setText(empty || line == null ? null : format(line, firstLine(line.message())));
        }

        static String format(LogLine line, String message) {
            return TIME.format(line.time()) + "  " + pad(line.level().name()) + "  " + shortLogger(line.logger())
                    + "  " + message;
        }

        // A stack trace shows as its first line here; Ctrl+C copies the whole message.
        private static String firstLine(String message) {
            if (message == null) {
                return "";
            }
            int nl = message.indexOf('\n');
            return nl < 0 ? message : message.substring(0, nl) + "  [+" + message.lines().count() + " lines]";
        }

        private static String pad(String level) {
            return (level + "     ").substring(0, 5);
        }

        // org.apache.spark.scheduler.DAGScheduler reads as o.a.s.s.DAGScheduler, as log4j's %c{1.} prints it.
        private static String shortLogger(String logger) {
            if (logger == null) {
                return "";
            }
            String[] parts = logger.split("\\.");
            var sb = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                sb.append(parts[i].isEmpty() ? "" : parts[i].substring(0, 1)).append('.');
            }
            return sb.append(parts[parts.length - 1]).toString();
        }
    }
}

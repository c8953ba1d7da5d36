package dev.lakehouse.explorer.ui.sql;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Theme;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Consumer;

/**
 * The list of suggestions under the caret. The editor keeps the focus, so typing goes on refining; the keys that
 * drive the list (arrows, Enter, Tab, Escape) reach it through {@link #handle}, called from the editor's filter.
 */
final class CompletionPopup {
    private final Popup popup = new Popup();
    private final ListView<Suggestion> list = new ListView<>();
    private final Consumer<Suggestion> onAccept;

    CompletionPopup(CompletionViewModel vm, Consumer<Suggestion> onAccept, Runnable onDismiss) {
        this.onAccept = onAccept;
        list.setId("sql-completion");
        list.getStyleClass().addAll("completion-list", Styles.DENSE);
        list.setItems(vm.suggestions());
        list.setFocusTraversable(false);
        list.setPrefWidth(420);
        // as tall as its rows, up to ten: a single match should not open a large empty box
        list.prefHeightProperty().bind(Bindings.min(10, Bindings.size(vm.suggestions())).multiply(28).add(6));
        list.setCellFactory(l -> new SuggestionCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                acceptSelected();
            }
        });
        vm.suggestions().addListener((ListChangeListener<Suggestion>) c -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
                list.scrollTo(0);
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true); // a click elsewhere ends completion
        popup.setOnAutoHide(e -> onDismiss.run());
        list.getStylesheets().add(Theme.appStylesheet());
    }

    void show(Node owner, Bounds caret) {
        if (caret == null) {
            return;
        }
        if (!popup.isShowing()) {
            popup.show(owner, caret.getMinX(), caret.getMaxY() + 2);
        } else {
            popup.setAnchorX(caret.getMinX());
            popup.setAnchorY(caret.getMaxY() + 2);
        }
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** Handles a key pressed in the editor while the list shows; true when it was the list's. */
    boolean handle(KeyEvent e) {
        var selection = list.getSelectionModel();
        int last = list.getItems().size() - 1;
        switch (e.getCode()) {
            case UP -> selection.select(Math.max(0, selection.getSelectedIndex() - 1));
            case DOWN -> selection.select(Math.min(last, selection.getSelectedIndex() + 1));
            case PAGE_UP -> selection.select(Math.max(0, selection.getSelectedIndex() - 8));
            case PAGE_DOWN -> selection.select(Math.min(last, selection.getSelectedIndex() + 8));
            case ENTER, TAB -> acceptSelected();
            default -> {
                return false;
            }
        }
        list.scrollTo(Math.max(0, selection.getSelectedIndex() - 3));
        return true;
    }


    private void acceptSelected() {
        Suggestion s = list.getSelectionModel().getSelectedItem();
        if (s != null) {
            onAccept.accept(s);
        }
    }

    private static final class SuggestionCell extends ListCell<Suggestion> {
        @Override
        protected void updateItem(Suggestion s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            var name = new Label(s.text(), new FontIcon(icon(s.kind())));
            name.getStyleClass().add("completion-text");
            var detail = new Label(s.detail());
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            var spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            var row = new HBox(8, name, spacer, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }

        private static Ikon icon(Suggestion.Kind kind) {
            return switch (kind) {
                case COLUMN -> Material2MZ.VIEW_COLUMN;
                case TABLE -> Material2MZ.TABLE_CHART;
                case SCHEMA -> Material2AL.FOLDER_OPEN;
                case KEYWORD -> Material2AL.CODE;
            };
        }
    }
}

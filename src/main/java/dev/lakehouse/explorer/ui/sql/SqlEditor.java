package dev.lakehouse.explorer.ui.sql;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.PlainTextChange;

import java.time.Duration;

/**
 * The SQL editor: a code area with line numbers, highlighting and completion, kept in step with a view-model's
 * text. Ctrl+Space completes; typing {@code .} after a name completes by itself.
 */
final class SqlEditor extends VirtualizedScrollPane<CodeArea> {
    /** Ctrl, not Shortcut: Cmd+Space is the system's search on macOS, and editors use Ctrl+Space there too. */
    static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.CONTROL_DOWN);
    private final CodeArea area;
    private final CompletionViewModel completion;
    private final CompletionPopup popup;

    SqlEditor(StringProperty text, CompletionViewModel completion) {
        super(new CodeArea());
        this.completion = completion;
        area = getContent();
        area.setId("sql-editor");
        area.getStyleClass().add("sql-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setWrapText(false);
        // Re-highlight once typing pauses, not on every key: a long script then stays responsive.
        area.multiPlainChanges().successionEnds(Duration.ofMillis(60))
                .subscribe(changes -> highlight());
        area.replaceText(text.get() == null ? "" : text.get());
        highlight();
        area.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(text.get())) {
                text.set(now);
            }
        });
        text.addListener((obs, old, now) -> {
            if (now != null && !now.equals(area.getText())) {
                area.replaceText(now);
                area.moveTo(now.length());
            }
        });
        popup = new CompletionPopup(completion, this::insert, completion::dismiss);
        wireCompletion();
        getStyleClass().add("sql-editor-pane");
    }

    private void wireCompletion() {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COMPLETE.match(e)) {
                completion.request(area.getText(), area.getCaretPosition(), true);
                e.consume();
            } else if (popup.isShowing() && (e.getCode() == KeyCode.ESCAPE || popup.handle(e))) {
                if (e.getCode() == KeyCode.ESCAPE) {
                    completion.dismiss();
                }
                e.consume();
            }
        });
        // Ctrl+Space must not type a blank on platforms that send one
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isControlDown() && " ".equals(e.getCharacter())) {
                e.consume();
            }
        });
        area.plainTextChanges().subscribe(this::textChanged);
        area.caretPositionProperty().addListener((obs, old, now) -> completion.update(area.getText(), now));
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !popup.isShowing()) {
                completion.dismiss();
            }
        });
        completion.showingProperty().addListener((obs, was, showing) -> showPopup(showing));
        completion.suggestions().addListener((ListChangeListener<Suggestion>) c -> {
            if (completion.showingProperty().get()) {
                showPopup(true);
            }
        });
    }

    private void textChanged(PlainTextChange change) {
        if (".".equals(change.getInserted()) && change.getRemoved().isEmpty() && area.isFocused()) {
            completion.request(area.getText(), change.getInsertionEnd(), false);
        }
    }

    private void showPopup(boolean show) {
        if (!show) {
            popup.hide();
            return;
        }
        // anchored where the word starts, so the list does not jump along as the user types
        int at = Math.min(completion.wordStart(), area.getLength());
        var bounds = area.getCharacterBoundsOnScreen(at, Math.min(at + 1, area.getLength()))
                .or(area::getCaretBounds).orElse(null);
        popup.show(area, bounds);
    }

    private void insert(Suggestion s) {
        var edit = completion.accept(s);
        area.replaceText(edit.from(), edit.to(), edit.text());
        area.moveTo(edit.from() + edit.text().length());
        area.requestFocus();
    }

    ObservableValue<String> selectedTextProperty() {
        return area.selectedTextProperty();
    }

    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    private void highlight() {
        area.setStyleSpans(0, SqlSyntax.highlight(area.getText()));
    }
}

package dev.lakehouse.explorer.ui.sql;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.time.Duration;

/** The SQL editor: a code area with line numbers and highlighting, kept in step with a view-model's text. */
final class SqlEditor extends VirtualizedScrollPane<CodeArea> {
    private final CodeArea area;

    SqlEditor(StringProperty text) {
        super(new CodeArea());
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
        getStyleClass().add("sql-editor-pane");
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

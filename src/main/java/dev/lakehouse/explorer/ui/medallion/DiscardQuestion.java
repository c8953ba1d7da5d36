package dev.lakehouse.explorer.ui.medallion;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Discard your unsaved edits?" while the spec has some: the action waits until {@link #confirm()}; the view shows
 * the question as a dialog. So "nothing is lost without asking" is a unit test of the view-model.
 */
public final class DiscardQuestion {
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper();
    private Runnable onYes;

    void ask(String text, Runnable yes) {
        onYes = yes;
        question.set(text);
    }

    public void confirm() {
        Runnable action = onYes;
        clear();
        if (action != null) {
            action.run();
        }
    }

    public void dismiss() {
        clear();
    }

    /** The open question's text, null when none is open. */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    private void clear() {
        onYes = null;
        question.set(null);
    }
}

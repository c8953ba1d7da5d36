package dev.lakehouse.explorer.ui.connections;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The panel's one open question. Nothing runs until {@link #confirm()}; {@link #dismiss()} forgets the action. So
 * "delete asks first" is a unit test of the view-model, and the view only shows the dialog.
 */
public final class PendingQuestion {
    private final ReadOnlyObjectWrapper<Confirmation> question = new ReadOnlyObjectWrapper<>();
    private Runnable onYes;

    /** Asks; a question still open is replaced (its action never runs). */
    void ask(Confirmation confirmation, Runnable yes) {
        onYes = yes;
        question.set(confirmation);
    }

    /** Runs the action asked about. */
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

    /** The open question, null when none is. */
    public ReadOnlyObjectProperty<Confirmation> questionProperty() {
        return question.getReadOnlyProperty();
    }

    private void clear() {
        onYes = null;
        question.set(null);
    }
}

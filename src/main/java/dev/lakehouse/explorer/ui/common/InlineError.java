package dev.lakehouse.explorer.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A failure a panel shows in place, for view-models: the one-line text the user reads, and the cause kept for the
 * "Details" dialog. Empty text means nothing to show.
 */
public final class InlineError {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Throwable> cause = new ReadOnlyObjectWrapper<>();

    public void show(Throwable error) {
        text.set(ErrorText.summary(error));
        cause.set(error);
    }

    public void clear() {
        text.set("");
        cause.set(null);
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> causeProperty() {
        return cause.getReadOnlyProperty();
    }
}

package dev.lakehouse.explorer.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The tasks running now, in the order they started. Changed only on the UI thread, by the runners. */
public final class TaskCentre {
    private final ObservableList<RunningTask> tasks = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> readOnly = FXCollections.unmodifiableObservableList(tasks);

    public ObservableList<RunningTask> tasks() {
        return readOnly;
    }

    void add(RunningTask task) {
        tasks.add(task);
    }

    void remove(RunningTask task) {
        tasks.remove(task);
    }
}

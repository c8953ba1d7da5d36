package dev.lakehouse.explorer.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A task submitted to a {@link TaskRunner}, as the task centre and the panels see it. */
public interface RunningTask {

    String title();

    /** The engine job id, which {@code JobService.cancel} understands. */
    String jobId();

    /** Fraction done in [0, 1], or -1 while unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** What is happening now, as the engine reports it. */
    ReadOnlyStringProperty messageProperty();

    /** Stops the work; see {@link TaskRunner} for what the callbacks then receive. Does nothing once settled. */
    void cancel();
}

package dev.lakehouse.explorer.ui.medallion;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread's clock; create and use on the FX thread. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable action = () -> { };

    public FxDebouncer(java.time.Duration quiet) {
        pause = new PauseTransition(Duration.millis(quiet.toMillis()));
        pause.setOnFinished(e -> action.run());
    }

    @Override
    public void submit(Runnable next) {
        action = next;
        pause.playFromStart();
    }
}

package dev.lakehouse.explorer.ui.common;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.Locale;

/** The engine's state as a coloured dot and its one-line message (the failure reason when it failed). */
public final class EngineBadge extends HBox {
    private final Region dot = new Region();
    private final Label text = new Label();
    private final Tooltip tooltip = new Tooltip();

    public EngineBadge(ObservableValue<EngineStatus> status) {
        dot.getStyleClass().add("status-dot");
        text.getStyleClass().add("engine-state-text");
        text.setTooltip(tooltip);
        text.setMaxWidth(560); // a long failure reason ellipsizes; the tooltip keeps all of it
        getChildren().addAll(dot, text);
        getStyleClass().add("engine-badge");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        status.addListener((obs, old, now) -> show(now));
        show(status.getValue());
    }

    private void show(EngineStatus status) {
        for (EngineState s : EngineState.values()) {
            dot.pseudoClassStateChanged(pseudo(s), s == status.state());
        }
        text.setText(status.message());
        tooltip.setText("Engine " + status.state().name().toLowerCase(Locale.ROOT) + ": " + status.message());
    }

    private static PseudoClass pseudo(EngineState s) {
        return PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT));
    }
}

package dev.lakehouse.explorer.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

import java.util.Objects;

/**
 * The look: an AtlantaFX base theme, light or dark, under our own {@code app.css}. Our stylesheet only uses the base
 * theme's looked-up colours ({@code -color-fg-muted}, …), so it follows either theme without a dark copy.
 */
public enum Theme {
    LIGHT("Light", new PrimerLight()),
    DARK("Dark", new PrimerDark());

    private final String label;
    private final atlantafx.base.theme.Theme base;

    Theme(String label, atlantafx.base.theme.Theme base) {
        this.label = label;
        this.base = base;
    }

    /** Our stylesheet, to add to every scene (dialogs included) after the base theme. */
    public static String appStylesheet() {
        return Objects.requireNonNull(Theme.class.getResource("/dev/lakehouse/explorer/ui/app.css"),
                "app.css is missing from the resources").toExternalForm();
    }

    public String label() {
        return label;
    }

    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Switches the base theme of every window; call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(base.getUserAgentStylesheet());
    }
}

package dev.lakehouse.explorer.ui.shell;

import java.util.Locale;

/** The panels the navigation rail offers, in rail order. Only panels that work are listed. */
public enum Panel {
    HOME("Home"),
    CATALOG("Catalog"),
    SQL("SQL"),
    CONNECTIONS("Connections"),
    MEDALLION("Medallion");

    private final String label;

    Panel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stable node id of its rail button, e.g. {@code nav-sql}. */
    public String navId() {
        return "nav-" + name().toLowerCase(Locale.ROOT);
    }
}

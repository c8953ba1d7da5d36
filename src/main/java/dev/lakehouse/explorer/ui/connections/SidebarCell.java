package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Function;

/** A row of the sidebar: a section header, a connection (name, type badge, where it points) or a scope. */
final class SidebarCell extends ListCell<Object> {
    private final Function<Connection, String> rootUri;

    SidebarCell(Function<Connection, String> rootUri) {
        this.rootUri = rootUri;
        setPrefWidth(0); // rows take the list's width: a long URI is cut with "…" instead of scrolling sideways
    }

    /** The two section headers. */
    enum Section {
        CONNECTIONS("Connections"), SCOPES("Secret scopes");

        final String label;

        Section(String label) {
            this.label = label;
        }
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("section-header");
        setText(null);
        setDisable(false);
        if (empty || item == null) {
            setGraphic(null);
        } else if (item instanceof Section section) {
            var label = new Label(section.label.toUpperCase(java.util.Locale.ROOT));
            label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD);
            getStyleClass().add("section-header");
            setDisable(true);
            setGraphic(label);
        } else if (item instanceof Connection c) {
            setGraphic(row(new FontIcon(Material2AL.CLOUD_QUEUE), c.name(), where(c), badge(typeLabel(c.type()))));
        } else if (item instanceof ScopeDefinition s) {
            boolean local = s.kind() == ScopeKind.LOCAL;
            setGraphic(row(new FontIcon(local ? Material2AL.LOCK : Material2AL.ADMIN_PANEL_SETTINGS), s.name(),
                    local ? "Encrypted file in the workspace" : s.vaultUrl(), badge(local ? "local" : "Key Vault")));
        }
    }

    private static HBox row(FontIcon icon, String name, String secondary, Label badge) {
        var title = new Label(name);
        title.getStyleClass().add("item-name");
        var sub = new Label(secondary);
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        sub.setTooltip(new Tooltip(secondary));
        var text = new VBox(2, title, sub);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        var row = new HBox(10, icon, text, badge);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label badge(String text) {
        var badge = new Label(text);
        badge.getStyleClass().add("type-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    /** The secondary line: the root URI read with the list, else what the connection names. */
    private String where(Connection c) {
        String uri = rootUri.apply(c);
        return !uri.isEmpty() ? uri : c.type() == ConnectionType.LOCAL ? c.endpoint() : c.container() + "@" + c.account();
    }

    static String typeLabel(ConnectionType type) {
        return switch (type) {
            case ADLS -> "ADLS Gen2";
            case BLOB -> "Blob";
            case AZURITE -> "Azurite";
            case LOCAL -> "Local folder";
        };
    }
}

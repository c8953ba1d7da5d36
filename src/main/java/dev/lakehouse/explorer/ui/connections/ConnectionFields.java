package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The values of the connection form and which of them the chosen type uses: the sign-in choices follow the type,
 * and {@link #connection()} keeps only the fields that apply (a local folder keeps no account or credential).
 */
final class ConnectionFields {
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<ConnectionType> type = new SimpleObjectProperty<>(ConnectionType.AZURITE);
    final StringProperty account = new SimpleStringProperty("");
    final StringProperty container = new SimpleStringProperty("");
    final StringProperty endpoint = new SimpleStringProperty("");
    final StringProperty folder = new SimpleStringProperty("");
    final ObjectProperty<StorageAuth> auth = new SimpleObjectProperty<>(StorageAuth.KEY);
    final StringProperty secret = new SimpleStringProperty("");
    final StringProperty tenant = new SimpleStringProperty("");
    final StringProperty clientId = new SimpleStringProperty("");
    final ObservableList<StorageAuth> authChoices = FXCollections.observableArrayList();
    final BooleanBinding azure = Bindings.createBooleanBinding(() -> ConnectionRules.isAzure(type.get()), type);
    final BooleanBinding endpointShown = type.isEqualTo(ConnectionType.AZURITE);
    final BooleanBinding folderShown = type.isEqualTo(ConnectionType.LOCAL);
    final BooleanBinding secretShown = Bindings.createBooleanBinding(
            () -> ConnectionRules.needsSecret(type.get(), auth.get()), type, auth);
    final BooleanBinding servicePrincipalShown = Bindings.createBooleanBinding(
            () -> ConnectionRules.needsServicePrincipal(type.get(), auth.get()), type, auth);

    ConnectionFields() {
        type.addListener((obs, old, now) -> typeChanged(now, true));
    }

    /** Every field, for listeners that re-validate on any change. */
    Observable[] all() {
        return new Observable[] {name, type, account, container, endpoint, folder, auth, secret, tenant, clientId};
    }

    void fill(Connection c) {
        name.set(c.name());
        type.set(c.type());
        typeChanged(c.type(), false);
        account.set(text(c.account()));
        container.set(text(c.container()));
        endpoint.set(c.type() == ConnectionType.LOCAL ? "" : text(c.endpoint()));
        folder.set(c.type() == ConnectionType.LOCAL ? text(c.endpoint()) : "");
        auth.set(authChoices.contains(c.auth()) ? c.auth() : authChoices.get(0));
        secret.set(text(c.secret()));
        tenant.set(text(c.tenant()));
        clientId.set(text(c.clientId()));
    }

    /** The connection the fields describe, with only the fields its type and sign-in use. */
    Connection connection() {
        ConnectionType t = type.get();
        StorageAuth a = t == ConnectionType.LOCAL ? StorageAuth.NONE : auth.get();
        boolean az = ConnectionRules.isAzure(t);
        boolean sp = ConnectionRules.needsServicePrincipal(t, a);
        return new Connection(name.get().trim(), t, az ? clean(account) : null, az ? clean(container) : null,
                t == ConnectionType.AZURITE ? clean(endpoint) : t == ConnectionType.LOCAL ? clean(folder) : null, a,
                ConnectionRules.needsSecret(t, a) ? clean(secret) : null, sp ? clean(tenant) : null,
                sp ? clean(clientId) : null);
    }

    /** A type switched to Azurite by the user gets its usual endpoint, unless one is typed already. */
    private void typeChanged(ConnectionType now, boolean byUser) {
        authChoices.setAll(ConnectionRules.authFor(now));
        if (!authChoices.contains(auth.get())) {
            auth.set(authChoices.get(0));
        }
        if (byUser && now == ConnectionType.AZURITE && ConnectionRules.blank(endpoint.get())) {
            endpoint.set(ConnectionFormViewModel.AZURITE_ENDPOINT);
        }
    }

    private static String clean(StringProperty p) {
        return ConnectionRules.clean(p.get());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}

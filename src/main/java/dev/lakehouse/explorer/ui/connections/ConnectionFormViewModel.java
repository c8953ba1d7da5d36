package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.engine.connections.WorkshopSetup;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form of one connection: a new one being written, or a saved one shown read-only (connections are added and
 * removed; the engine has no update). Fields that do not apply to the chosen type are hidden, and each field has an
 * inline message computed as the user types. The credential field takes only a secret reference.
 */
public final class ConnectionFormViewModel {
    static final String AZURITE_ENDPOINT = WorkshopSetup.ENDPOINT;

    /** The fields that carry an inline message. */
    public enum Field { NAME, ACCOUNT, CONTAINER, ENDPOINT, FOLDER, SECRET, TENANT, CLIENT_ID }

    private final Services services;
    private final TaskRunner runner;
    private final PendingQuestion question;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ConnectionType> type = new SimpleObjectProperty<>(ConnectionType.AZURITE);
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty container = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final ObjectProperty<StorageAuth> auth = new SimpleObjectProperty<>(StorageAuth.KEY);
    private final StringProperty secret = new SimpleStringProperty("");
    private final StringProperty tenant = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final ObservableList<StorageAuth> authChoices = FXCollections.observableArrayList();
    private final Map<Field, ReadOnlyStringWrapper> messages = new EnumMap<>(Field.class);
    private final ReadOnlyObjectWrapper<Connection> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final InlineError error = new InlineError();
    private final ConnectionTestViewModel tester;
    private final SecretPickerViewModel picker;
    private boolean strict; // required fields are flagged once Save was pressed
    private Consumer<Connection> onSaved = c -> { };
    private Consumer<String> onRemoved = n -> { };

    ConnectionFormViewModel(Services services, TaskRunner runner, PendingQuestion question) {
        this.services = services;
        this.runner = runner;
        this.question = question;
        this.tester = new ConnectionTestViewModel(services, runner);
        this.picker = new SecretPickerViewModel(services, runner, secret);
        for (Field f : Field.values()) {
            messages.put(f, new ReadOnlyStringWrapper(""));
        }
        type.addListener((obs, old, now) -> typeChanged(now));
        Observable[] fields = {name, type, account, container, endpoint, folder, auth, secret, tenant, clientId};
        for (Observable f : fields) {
            f.addListener(o -> validate());
        }
        startNew();
    }

    /** An empty form for a new connection, set up for Azurite (the classroom's storage). */
    public void startNew() {
        saved.set(null);
        fill(new Connection("", ConnectionType.AZURITE, WorkshopSetup.ACCOUNT, "", AZURITE_ENDPOINT,
                StorageAuth.KEY, "", "", ""));
        strict = false;
        validate();
    }

    /** Shows a saved connection. */
    void show(Connection connection) {
        saved.set(connection);
        fill(connection);
        strict = false;
        validate();
    }

    /** Saves the new connection (ConnectionService.add); the engine's refusal shows inline. */
    public void save() {
        if (saved.get() != null || busy.get()) {
            return;
        }
        strict = true;
        if (!validate()) {
            return;
        }
        Connection connection = connection();
        busy.set(true);
        error.clear();
        runner.submit("Saving connection " + connection.name(), ctx -> services.connections().add(connection),
                added -> {
                    busy.set(false);
                    show(added);
                    onSaved.accept(added);
                },
                failure -> {
                    busy.set(false);
                    error.show(failure);
                });
    }

    /** Asks, then removes the saved connection. */
    public void remove() {
        Connection shown = saved.get();
        if (shown == null) {
            return;
        }
        question.ask(new Confirmation("Remove connection '" + shown.name() + "'?",
                "It is removed from this workspace. The storage and the secret it references are not touched.",
                "Remove"), () -> runner.submit("Removing connection " + shown.name(), ctx -> {
                    services.connections().remove(shown.name());
                    return shown.name();
                }, onRemoved, error::show));
    }

    /** Runs "Test connection" on the saved connection. */
    public void test() {
        if (saved.get() != null) {
            tester.test(saved.get().name());
        }
    }

    /** The connection the fields describe, with only the fields its type and sign-in use. */
    Connection connection() {
        ConnectionType t = type.get();
        StorageAuth a = t == ConnectionType.LOCAL ? StorageAuth.NONE : auth.get();
        boolean azure = ConnectionRules.isAzure(t);
        boolean sp = ConnectionRules.needsServicePrincipal(t, a);
        return new Connection(name.get().trim(), t, azure ? clean(account) : null, azure ? clean(container) : null,
                t == ConnectionType.AZURITE ? clean(endpoint) : t == ConnectionType.LOCAL ? clean(folder) : null, a,
                ConnectionRules.needsSecret(t, a) ? clean(secret) : null, sp ? clean(tenant) : null,
                sp ? clean(clientId) : null);
    }

    private boolean validate() {
        ConnectionType t = type.get();
        StorageAuth a = auth.get();
        boolean azure = ConnectionRules.isAzure(t);
        message(Field.NAME, ConnectionRules.name(name.get(), strict));
        message(Field.ACCOUNT, azure ? ConnectionRules.account(account.get(), strict) : "");
        message(Field.CONTAINER, azure ? ConnectionRules.container(container.get(), strict) : "");
        message(Field.ENDPOINT, t == ConnectionType.AZURITE ? ConnectionRules.endpoint(endpoint.get(), strict) : "");
        message(Field.FOLDER, t == ConnectionType.LOCAL ? ConnectionRules.folder(folder.get(), strict) : "");
        message(Field.SECRET, ConnectionRules.needsSecret(t, a) ? ConnectionRules.secret(secret.get(), strict) : "");
        boolean sp = ConnectionRules.needsServicePrincipal(t, a);
        message(Field.TENANT, sp ? ConnectionRules.required(tenant.get(), strict, "Give the tenant id.") : "");
        message(Field.CLIENT_ID, sp ? ConnectionRules.required(clientId.get(), strict, "Give the client id.") : "");
        return messages.values().stream().allMatch(m -> m.get().isEmpty());
    }

    private void typeChanged(ConnectionType now) {
        authChoices.setAll(ConnectionRules.authFor(now));
        if (!authChoices.contains(auth.get())) {
            auth.set(authChoices.get(0));
        }
        if (now == ConnectionType.AZURITE && saved.get() == null && ConnectionRules.blank(endpoint.get())) {
            endpoint.set(AZURITE_ENDPOINT);
        }
    }

    private void fill(Connection c) {
        tester.clear();
        error.clear();
        name.set(c.name());
        type.set(c.type());
        typeChanged(c.type());
        account.set(text(c.account()));
        container.set(text(c.container()));
        endpoint.set(c.type() == ConnectionType.LOCAL ? "" : text(c.endpoint()));
        folder.set(c.type() == ConnectionType.LOCAL ? text(c.endpoint()) : "");
        auth.set(authChoices.contains(c.auth()) ? c.auth() : authChoices.get(0));
        secret.set(text(c.secret()));
        tenant.set(text(c.tenant()));
        clientId.set(text(c.clientId()));
    }

    private void message(Field field, String text) {
        messages.get(field).set(text);
    }

    private static String clean(StringProperty p) {
        return ConnectionRules.clean(p.get());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    void setOnSaved(Consumer<Connection> onSaved) {
        this.onSaved = onSaved;
    }

    void setOnRemoved(Consumer<String> onRemoved) {
        this.onRemoved = onRemoved;
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<ConnectionType> typeProperty() { return type; }
    public StringProperty accountProperty() { return account; }
    public StringProperty containerProperty() { return container; }
    public StringProperty endpointProperty() { return endpoint; }
    public StringProperty folderProperty() { return folder; }
    public ObjectProperty<StorageAuth> authProperty() { return auth; }
    public StringProperty secretProperty() { return secret; }
    public StringProperty tenantProperty() { return tenant; }
    public StringProperty clientIdProperty() { return clientId; }

    /** The sign-in choices of the chosen type. */
    public ObservableList<StorageAuth> authChoices() {
        return authChoices;
    }

    /** The inline message of a field; empty when the field is fine. */
    public ReadOnlyStringProperty messageProperty(Field field) {
        return messages.get(field).getReadOnlyProperty();
    }

    public BooleanBinding showsAzureFields() {
        return Bindings.createBooleanBinding(() -> ConnectionRules.isAzure(type.get()), type);
    }

    public BooleanBinding showsEndpoint() {
        return type.isEqualTo(ConnectionType.AZURITE);
    }

    public BooleanBinding showsFolder() {
        return type.isEqualTo(ConnectionType.LOCAL);
    }

    public BooleanBinding showsSecret() {
        return Bindings.createBooleanBinding(() -> ConnectionRules.needsSecret(type.get(), auth.get()), type, auth);
    }

    public BooleanBinding showsServicePrincipal() {
        return Bindings.createBooleanBinding(() -> ConnectionRules.needsServicePrincipal(type.get(), auth.get()),
                type, auth);
    }

    /** The saved connection shown, null while a new one is written. */
    public ReadOnlyObjectProperty<Connection> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }

    public ConnectionTestViewModel tester() {
        return tester;
    }

    public SecretPickerViewModel picker() {
        return picker;
    }
}

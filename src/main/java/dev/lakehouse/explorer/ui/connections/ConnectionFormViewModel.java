package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.engine.connections.WorkshopSetup;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
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
    private final ConnectionFields f = new ConnectionFields();
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
        this.picker = new SecretPickerViewModel(services, runner, f.secret);
        for (Field field : Field.values()) {
            messages.put(field, new ReadOnlyStringWrapper(""));
        }
        for (Observable field : f.all()) {
            field.addListener(o -> validate());
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
        return f.connection();
    }

    private void fill(Connection c) {
        tester.clear();
        error.clear();
        f.fill(c);
    }

    private boolean validate() {
        ConnectionType t = f.type.get();
        StorageAuth a = f.auth.get();
        boolean azure = ConnectionRules.isAzure(t);
        message(Field.NAME, ConnectionRules.name(f.name.get(), strict));
        message(Field.ACCOUNT, azure ? ConnectionRules.account(f.account.get(), strict) : "");
        message(Field.CONTAINER, azure ? ConnectionRules.container(f.container.get(), strict) : "");
        message(Field.ENDPOINT, t == ConnectionType.AZURITE ? ConnectionRules.endpoint(f.endpoint.get(), strict) : "");
        message(Field.FOLDER, t == ConnectionType.LOCAL ? ConnectionRules.folder(f.folder.get(), strict) : "");
        message(Field.SECRET, ConnectionRules.needsSecret(t, a) ? ConnectionRules.secret(f.secret.get(), strict) : "");
        boolean sp = ConnectionRules.needsServicePrincipal(t, a);
        message(Field.TENANT, sp ? ConnectionRules.required(f.tenant.get(), strict, "Give the tenant id.") : "");
        message(Field.CLIENT_ID, sp ? ConnectionRules.required(f.clientId.get(), strict, "Give the client id.") : "");
        return messages.values().stream().allMatch(m -> m.get().isEmpty());
    }

    private void message(Field field, String text) {
        messages.get(field).set(text);
    }

    void setOnSaved(Consumer<Connection> onSaved) {
        this.onSaved = onSaved;
    }

    void setOnRemoved(Consumer<String> onRemoved) {
        this.onRemoved = onRemoved;
    }

    public StringProperty nameProperty() { return f.name; }
    public ObjectProperty<ConnectionType> typeProperty() { return f.type; }
    public StringProperty accountProperty() { return f.account; }
    public StringProperty containerProperty() { return f.container; }
    public StringProperty endpointProperty() { return f.endpoint; }
    public StringProperty folderProperty() { return f.folder; }
    public ObjectProperty<StorageAuth> authProperty() { return f.auth; }
    public StringProperty secretProperty() { return f.secret; }
    public StringProperty tenantProperty() { return f.tenant; }
    public StringProperty clientIdProperty() { return f.clientId; }

    /** The sign-in choices of the chosen type. */
    public ObservableList<StorageAuth> authChoices() {
        return f.authChoices;
    }

    /** The inline message of a field; empty when the field is fine. */
    public ReadOnlyStringProperty messageProperty(Field field) {
        return messages.get(field).getReadOnlyProperty();
    }

    public BooleanBinding showsAzureFields() { return f.azure; }
    public BooleanBinding showsEndpoint() { return f.endpointShown; }
    public BooleanBinding showsFolder() { return f.folderShown; }
    public BooleanBinding showsSecret() { return f.secretShown; }
    public BooleanBinding showsServicePrincipal() { return f.servicePrincipalShown; }

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

package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One secret scope: its kind and vault, the names of its secrets, adding and deleting secrets and deleting the scope.
 * A value typed into "Add secret…" lives in {@link #newValueProperty()} only until it is handed to the engine: it is
 * cleared the moment the secret is submitted, whatever the outcome.
 */
public final class ScopeViewModel {
    private static final Pattern KEY = Pattern.compile(SecretReference.NAME);
    private final Services services;
    private final TaskRunner runner;
    private final PendingQuestion question;
    private final ReadOnlyObjectWrapper<ScopeDefinition> scope = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> keys = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private final StringProperty newKey = new SimpleStringProperty("");
    private final StringProperty newValue = new SimpleStringProperty("");
    private final StringBinding newKeyMessage = Bindings.createStringBinding(() -> keyMessage(newKey.get()), newKey);
    private final BooleanBinding canAdd = Bindings.createBooleanBinding(() -> !newKey.get().isBlank()
            && keyMessage(newKey.get()).isEmpty() && !newValue.get().isEmpty(), newKey, newValue);
    private Consumer<String> onScopeDeleted = s -> { };
    private long generation;

    ScopeViewModel(Services services, TaskRunner runner, PendingQuestion question) {
        this.services = services;
        this.runner = runner;
        this.question = question;
    }

    /** Shows a scope and reads its keys (a local scope asks for its passphrase the first time). */
    void show(ScopeDefinition definition) {
        scope.set(definition);
        keys.clear();
        notice.set("");
        error.clear();
        clearNewSecret();
        reloadKeys();
    }

    public void reloadKeys() {
        ScopeDefinition shown = scope.get();
        if (shown == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        runner.submit("Listing secrets of " + shown.name(), ctx -> services.secrets().keys(shown.name()),
                list -> { if (mine == generation) showKeys(list); },
                failure -> { if (mine == generation) { loading.set(false); error.show(failure); } });
    }

    /** Stores the typed secret; the value property is emptied at once. */
    public void addSecret() {
        ScopeDefinition shown = scope.get();
        if (shown == null || !canAdd.get()) {
            return;
        }
        String key = newKey.get().trim();
        String value = newValue.get();
        clearNewSecret();
        error.clear();
        runner.submit("Storing secret " + key, ctx -> {
            services.secrets().put(shown.name(), key, value);
            return key;
        }, stored -> {
            notice.set("Stored secret '" + stored + "' in " + shown.name() + ". Use it as "
                    + new SecretReference(shown.name(), stored) + ".");
            reloadKeys();
        }, error::show);
    }

    /** Dismisses the notice and the error. */
    public void clearMessages() {
        notice.set("");
        error.clear();
    }

    /** Forgets what was typed into "Add secret…" (stored or cancelled). */
    public void clearNewSecret() {
        newKey.set("");
        newValue.set("");
    }

    /** Asks, then deletes one secret. */
    public void deleteSecret(String key) {
        ScopeDefinition shown = scope.get();
        if (shown == null || key == null) {
            return;
        }
        question.ask(new Confirmation("Delete secret '" + key + "'?", "Connections that reference "
                + new SecretReference(shown.name(), key) + " stop working until it is added again.", "Delete"),
                () -> runner.submit("Deleting secret " + key, ctx -> {
                    services.secrets().delete(shown.name(), key);
                    return key;
                }, deleted -> {
                    notice.set("Deleted secret '" + deleted + "'.");
                    reloadKeys();
                }, error::show));
    }

    /** Asks, then deletes the scope (a local scope's encrypted file with it). */
    public void deleteScope() {
        ScopeDefinition shown = scope.get();
        if (shown == null) {
            return;
        }
        String what = shown.kind() == ScopeKind.LOCAL
                ? "Its encrypted file is deleted from the workspace, with every secret in it."
                : "Only the scope's definition is removed; the secrets stay in the Key Vault.";
        question.ask(new Confirmation("Delete scope '" + shown.name() + "'?", what, "Delete scope"),
                () -> runner.submit("Deleting scope " + shown.name(), ctx -> {
                    services.secrets().deleteScope(shown.name());
                    return shown.name();
                }, onScopeDeleted, error::show));
    }

    private void showKeys(List<String> list) {
        loading.set(false);
        keys.setAll(list);
    }

    private static String keyMessage(String key) {
        return key.isBlank() || KEY.matcher(key.trim()).matches() ? "" : "Use letters, digits, '-', '_' and '.'.";
    }

    void setOnScopeDeleted(Consumer<String> onScopeDeleted) {
        this.onScopeDeleted = onScopeDeleted;
    }

    public ReadOnlyObjectProperty<ScopeDefinition> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** The names of the scope's secrets, never their values. */
    public ObservableList<String> keys() {
        return keys;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }

    public StringProperty newKeyProperty() {
        return newKey;
    }

    /** Bound to the dialog's PasswordField only; empty again once the secret is submitted. */
    public StringProperty newValueProperty() {
        return newValue;
    }

    public StringBinding newKeyMessage() {
        return newKeyMessage;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }
}

package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The menu beside the credential field: every scope with the names of its secrets; picking one writes its reference
 * into the field. Values are never read. A locked local scope is listed without keys until the user unlocks it.
 */
public final class SecretPickerViewModel {
    private final Services services;
    private final TaskRunner runner;
    private final StringProperty target;
    private final ObservableList<ScopeKeys> scopes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final InlineError error = new InlineError();

    SecretPickerViewModel(Services services, TaskRunner runner, StringProperty target) {
        this.services = services;
        this.runner = runner;
        this.target = target;
    }

    /** Reads the scopes and the keys of those that open without a question (called as the menu opens). */
    public void load() {
        loading.set(true);
        error.clear();
        runner.submit("Listing secret scopes", ctx -> listAll(services.secrets()), list -> {
            loading.set(false);
            scopes.setAll(list);
        }, failure -> {
            loading.set(false);
            error.show(failure);
        });
    }

    /** Lists a locked scope's keys; the engine asks for its passphrase first. */
    public void unlock(String scope) {
        runner.submit("Unlocking scope " + scope, ctx -> new ScopeKeys(scope, false, services.secrets().keys(scope)),
                keys -> scopes.replaceAll(s -> s.scope().equals(scope) ? keys : s), error::show);
    }

    /** Puts the reference to a secret into the credential field. */
    public void pick(String scope, String key) {
        target.set(new SecretReference(scope, key).toString());
    }

    private static List<ScopeKeys> listAll(SecretService secrets) {
        List<ScopeKeys> list = new ArrayList<>();
        for (ScopeDefinition scope : secrets.scopes()) {
            list.add(waitsForUser(secrets, scope) ? new ScopeKeys(scope.name(), true, List.of()) : keys(secrets, scope));
        }
        return list;
    }

    /** A passphrase to type or a browser sign-in must not pop up because a menu opened. */
    private static boolean waitsForUser(SecretService secrets, ScopeDefinition scope) {
        return scope.kind() == ScopeKind.LOCAL ? !secrets.isUnlocked(scope.name()) : scope.auth() == KeyVaultAuth.BROWSER;
    }

    /** One vault that cannot be reached now must not empty the whole menu: it is listed to retry by a click. */
    private static ScopeKeys keys(SecretService secrets, ScopeDefinition scope) {
        try {
            return new ScopeKeys(scope.name(), false, secrets.keys(scope.name()));
        } catch (EngineException e) {
            return new ScopeKeys(scope.name(), true, List.of());
        }
    }

    public ObservableList<ScopeKeys> scopes() {
        return scopes;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }
}

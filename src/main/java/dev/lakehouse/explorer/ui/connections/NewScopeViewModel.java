package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * "New scope": a local encrypted scope (the engine asks for its passphrase through the window's
 * {@link DialogPassphraseProvider}) or a Key Vault scope with its sign-in. A service principal's client secret is
 * never typed here: the scope names the environment variable that holds it.
 */
public final class NewScopeViewModel {
    private static final Pattern NAME = Pattern.compile(SecretReference.NAME);
    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final Services services;
    private final TaskRunner runner;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ScopeKind> kind = new SimpleObjectProperty<>(ScopeKind.LOCAL);
    private final StringProperty vaultUrl = new SimpleStringProperty("");
    private final ObjectProperty<KeyVaultAuth> auth = new SimpleObjectProperty<>(KeyVaultAuth.DEFAULT);
    private final StringProperty tenant = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty clientSecretEnv = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final InlineError error = new InlineError();
    private final BooleanBinding keyVault = kind.isEqualTo(ScopeKind.KEY_VAULT);
    private final BooleanBinding servicePrincipal = keyVault.and(auth.isEqualTo(KeyVaultAuth.SERVICE_PRINCIPAL));
    private final StringBinding message = Bindings.createStringBinding(this::problem, name, kind, vaultUrl, auth,
            tenant, clientId, clientSecretEnv);
    private final BooleanBinding canCreate;
    private Consumer<ScopeDefinition> onCreated = d -> { };

    NewScopeViewModel(Services services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
        // message.get(), not problem(): a binding left invalid would never tell canCreate of later changes
        canCreate = Bindings.createBooleanBinding(() -> !busy.get() && !name.get().isBlank() && message.get().isEmpty()
                && (!keyVault.get() || !vaultUrl.get().isBlank()), message, busy, name, vaultUrl, keyVault);
    }

    /** Empties the form for the next scope. */
    public void reset() {
        name.set("");
        kind.set(ScopeKind.LOCAL);
        vaultUrl.set("");
        auth.set(KeyVaultAuth.DEFAULT);
        tenant.set("");
        clientId.set("");
        clientSecretEnv.set("");
        error.clear();
    }

    /** Creates the scope; a local one asks for its passphrase (twice) on the engine's side. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        ScopeDefinition definition = definition();
        busy.set(true);
        error.clear();
        runner.submit("Creating scope " + definition.name(), ctx -> definition.kind() == ScopeKind.LOCAL
                        ? services.secrets().createLocalScope(definition.name())
                        : services.secrets().createKeyVaultScope(definition),
                created -> {
                    busy.set(false);
                    onCreated.accept(created);
                },
                failure -> {
                    busy.set(false);
                    error.show(failure);
                });
    }

    ScopeDefinition definition() {
        String n = name.get().trim();
        if (kind.get() == ScopeKind.LOCAL) {
            return ScopeDefinition.local(n);
        }
        boolean sp = auth.get() == KeyVaultAuth.SERVICE_PRINCIPAL;
        return new ScopeDefinition(n, ScopeKind.KEY_VAULT, vaultUrl.get().trim(), auth.get(), null,
                sp ? ConnectionRules.clean(tenant.get()) : null, sp ? ConnectionRules.clean(clientId.get()) : null,
                sp ? ConnectionRules.clean(clientSecretEnv.get()) : null);
    }

    /** The first problem of the form, empty when it can be created (blank required fields just disable Create). */
    private String problem() {
        if (!name.get().isBlank() && !NAME.matcher(name.get().trim()).matches()) {
            return "Use letters, digits, '-', '_' and '.' in the scope's name.";
        }
        if (kind.get() != ScopeKind.KEY_VAULT) {
            return "";
        }
        if (!vaultUrl.get().isBlank() && !vaultUrl.get().trim().startsWith("https://")) {
            return "The vault URL looks like https://<vault>.vault.azure.net.";
        }
        if (auth.get() == KeyVaultAuth.SERVICE_PRINCIPAL) {
            if (tenant.get().isBlank() || clientId.get().isBlank() || clientSecretEnv.get().isBlank()) {
                return "A service principal needs its tenant, its client id and the variable holding its secret.";
            }
            if (!ENV.matcher(clientSecretEnv.get().trim()).matches()) {
                return "Name the environment variable that holds the client secret, e.g. AZURE_CLIENT_SECRET.";
            }
        }
        return "";
    }

    void setOnCreated(Consumer<ScopeDefinition> onCreated) {
        this.onCreated = onCreated;
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<ScopeKind> kindProperty() { return kind; }
    public StringProperty vaultUrlProperty() { return vaultUrl; }
    public ObjectProperty<KeyVaultAuth> authProperty() { return auth; }
    public StringProperty tenantProperty() { return tenant; }
    public StringProperty clientIdProperty() { return clientId; }
    public StringProperty clientSecretEnvProperty() { return clientSecretEnv; }

    public BooleanBinding keyVaultProperty() {
        return keyVault;
    }

    public BooleanBinding servicePrincipalProperty() {
        return servicePrincipal;
    }

    /** What keeps the form from being created, in one line; empty when nothing does. */
    public StringBinding messageProperty() {
        return message;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }
}

package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.connections.ConnectionsViewModel.Detail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeViewModelTest {
    private final ConnectionsFixture fx = new ConnectionsFixture();
    private final ConnectionsViewModel panel = new ConnectionsViewModel(fx.engine, new DirectTaskRunner());
    private final ScopeViewModel scope = panel.scope();

    @Test
    void showsTheScopesKeysNeverItsValues() {
        panel.select(ScopeDefinition.local("class"));

        assertThat(panel.detailProperty().get()).isEqualTo(Detail.SCOPE);
        assertThat(scope.keys()).containsExactly("storage-key");
        assertThat(fx.secrets.calls).containsExactly("keys class");
    }

    @Test
    void theValueIsClearedTheMomentTheSecretIsAdded() {
        panel.select(ScopeDefinition.local("class"));
        scope.newKeyProperty().set("sas-token");
        scope.newValueProperty().set("sv=2024-01-01&sig=abc");
        assertThat(scope.canAddProperty().get()).isTrue();

        scope.addSecret();

        assertThat(fx.secrets.values.get("class")).containsEntry("sas-token", "sv=2024-01-01&sig=abc");
        assertThat(scope.newValueProperty().get()).isEmpty();
        assertThat(scope.newKeyProperty().get()).isEmpty();
        assertThat(scope.keys()).containsExactly("sas-token", "storage-key");
        assertThat(scope.noticeProperty().get())
                .isEqualTo("Stored secret 'sas-token' in class. Use it as {{secrets/class/sas-token}}.")
                .doesNotContain("sig=abc");
    }

    @Test
    void aFailedAddStillForgetsTheValue() {
        panel.select(ScopeDefinition.local("class"));
        fx.secrets.values.remove("class"); // the scope vanished meanwhile
        scope.newKeyProperty().set("k");
        scope.newValueProperty().set("hunter2");

        scope.addSecret();

        assertThat(scope.error().text()).isEqualTo("No secret scope 'class'.");
        assertThat(scope.newValueProperty().get()).isEmpty();
    }

    @Test
    void aKeyNameIsCheckedAndAnEmptyValueCannotBeAdded() {
        scope.newKeyProperty().set("bad key");
        assertThat(scope.newKeyMessage().get()).isEqualTo("Use letters, digits, '-', '_' and '.'.");
        scope.newKeyProperty().set("good");
        assertThat(scope.canAddProperty().get()).isFalse();
    }

    @Test
    void deletingASecretAsksFirst() {
        panel.select(ScopeDefinition.local("class"));

        scope.deleteSecret("storage-key");

        assertThat(panel.question().questionProperty().get().header()).isEqualTo("Delete secret 'storage-key'?");
        assertThat(fx.secrets.calls).noneMatch(c -> c.startsWith("delete "));
        panel.question().confirm();
        assertThat(fx.secrets.calls).contains("delete class/storage-key");
        assertThat(scope.keys()).isEmpty();
    }

    @Test
    void aKeyVaultScopeSaysItsSecretsStayInTheVault() {
        var vault = ScopeDefinition.keyVault("kv", "https://team.vault.azure.net", KeyVaultAuth.CLI);
        fx.secrets.withScope(vault);
        panel.select(vault);

        scope.deleteScope();

        assertThat(panel.question().questionProperty().get().text()).contains("stay in the Key Vault");
    }

    @Test
    void aNewLocalScopeIsCreatedThroughThePassphraseProvider() {
        var asked = new java.util.ArrayList<String>();
        fx.secrets.provider = (name, creating) -> {
            asked.add(name + " " + creating);
            return "long enough".toCharArray();
        };
        var form = panel.newScope();
        form.nameProperty().set("course");

        form.create();

        assertThat(asked).containsExactly("course true");
        assertThat(panel.scopes()).extracting(ScopeDefinition::name).containsExactly("class", "course");
        assertThat(panel.detailProperty().get()).isEqualTo(Detail.SCOPE);
    }

    @Test
    void aCancelledPassphraseShowsInTheForm() {
        fx.secrets.provider = (name, creating) -> {
            throw new SecretException("Passphrase entry cancelled for scope '" + name + "'.");
        };
        var form = panel.newScope();
        form.nameProperty().set("course");

        form.create();

        assertThat(form.error().text()).isEqualTo("Passphrase entry cancelled for scope 'course'.");
        assertThat(form.busyProperty().get()).isFalse();
    }

    @Test
    void aKeyVaultScopeWithAServicePrincipalNamesTheVariableNotTheSecret() {
        var form = panel.newScope();
        form.nameProperty().set("prod");
        form.kindProperty().set(ScopeKind.KEY_VAULT);
        form.vaultUrlProperty().set("team.vault.azure.net");
        assertThat(form.messageProperty().get()).isEqualTo("The vault URL looks like https://<vault>.vault.azure.net.");
        form.vaultUrlProperty().set("https://team.vault.azure.net");
        form.authProperty().set(KeyVaultAuth.SERVICE_PRINCIPAL);
        assertThat(form.canCreateProperty().get()).isFalse();
        form.tenantProperty().set("t-1");
        form.clientIdProperty().set("c-1");
        form.clientSecretEnvProperty().set("PROD_CLIENT_SECRET");

        form.create();

        assertThat(fx.secrets.definitions.get("prod")).isEqualTo(new ScopeDefinition("prod", ScopeKind.KEY_VAULT,
                "https://team.vault.azure.net", KeyVaultAuth.SERVICE_PRINCIPAL, null, "t-1", "c-1",
                "PROD_CLIENT_SECRET"));
    }
}

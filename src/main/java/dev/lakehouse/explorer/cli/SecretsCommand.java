package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Secret scopes and their secrets. A value is read from standard input, never from an argument (arguments show in
 * shell history and process lists), and is never printed.
 */
@Command(name = "secrets", description = "Secret scopes (local encrypted or Azure Key Vault) and their secrets.",
        subcommands = {SecretsCommand.Scope.class, SecretsCommand.Put.class, SecretsCommand.ListKeys.class,
                SecretsCommand.Delete.class})
final class SecretsCommand {
    @ParentCommand
    LakehouseCommand root;

    SecretService secrets() {
        return root.engine().secrets();
    }

    @Command(name = "scope", description = "Create, list and delete secret scopes.",
            subcommands = {Create.class, ListScopes.class, DeleteScope.class})
    static final class Scope {
        @ParentCommand
        SecretsCommand parent;
    }

    @Command(name = "create", description = "Create a scope: --local (an encrypted file; the passphrase comes from "
            + "LAKEHOUSE_SECRETS_PASSPHRASE or a prompt) or --key-vault URL.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        Scope scope;

        @Parameters(paramLabel = "NAME", description = "Scope name: letters, digits, '-', '_', '.'.")
        String name;

        @ArgGroup(multiplicity = "1")
        Kind kind;

        static final class Kind {
            @Option(names = "--local", required = true, description = "A local scope, encrypted with a passphrase.")
            boolean local;

            @Option(names = "--key-vault", required = true, paramLabel = "URL", description = "An Azure Key Vault URL.")
            String vaultUrl;
        }

        @Option(names = "--auth", paramLabel = "AUTH", description = "default (default), cli, browser or service-principal.")
        String auth = "default";

        @Option(names = "--tenant", paramLabel = "T", description = "The service principal's tenant id.")
        String tenant;

        @Option(names = "--client-id", paramLabel = "C", description = "The service principal's client id.")
        String clientId;

        @Option(names = "--client-secret-env", paramLabel = "VAR",
                description = "The environment variable holding the service principal's client secret.")
        String clientSecretEnv;

        @Option(names = "--authority", paramLabel = "URL", description = "The identity provider, if not Azure's public cloud.")
        String authority;

        @Override
        public Integer call() {
            SecretService secrets = scope.parent.secrets();
            ScopeDefinition created = kind.local ? secrets.createLocalScope(name)
                    : secrets.createKeyVaultScope(new ScopeDefinition(name, ScopeKind.KEY_VAULT, kind.vaultUrl, auth(),
                    authority, tenant, clientId, clientSecretEnv));
            scope.parent.root.out().println("Created " + describe(created) + ".");
            return Cli.OK;
        }

        private KeyVaultAuth auth() {
            try {
                return KeyVaultAuth.valueOf(auth.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("Unknown --auth '" + auth + "': use default, cli, browser or service-principal.");
            }
        }
    }

    @Command(name = "list", description = "List the saved scopes.")
    static final class ListScopes implements Callable<Integer> {
        @ParentCommand
        Scope scope;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.TABLE;

        @Override
        public Integer call() {
            Listing listing = new Listing("name", "kind", "vaultUrl", "auth");
            for (ScopeDefinition d : scope.parent.secrets().scopes()) {
                listing.row(d.name(), word(d.kind()), d.vaultUrl(), d.auth() == null ? null : word(d.auth()));
            }
            listing.print(format, scope.parent.root.out());
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = "Delete a scope (a local scope's encrypted file with it).")
    static final class DeleteScope implements Callable<Integer> {
        @ParentCommand
        Scope scope;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            scope.parent.secrets().deleteScope(name);
            scope.parent.root.out().println("Deleted scope " + name + ".");
            return Cli.OK;
        }
    }

    @Command(name = "put", description = "Store a secret; its value is read from standard input (never an argument).")
    static final class Put implements Callable<Integer> {
        @ParentCommand
        SecretsCommand parent;

        @Parameters(index = "0", paramLabel = "SCOPE")
        String scope;

        @Parameters(index = "1", paramLabel = "KEY")
        String key;

        @Override
        public Integer call() {
            String value = readValue(parent.root.in());
            parent.secrets().put(scope, key, value);
            parent.root.out().println("Stored secret " + key + " in scope " + scope + ".");
            return Cli.OK;
        }

        /** The whole of standard input, less the one line break `echo` or a here-string adds. */
        static String readValue(java.io.InputStream in) {
            try {
                String v = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (v.endsWith("\r\n")) {
                    v = v.substring(0, v.length() - 2);
                } else if (v.endsWith("\n")) {
                    v = v.substring(0, v.length() - 1);
                }
                if (v.isEmpty()) {
                    throw new InvalidRequestException("No value on standard input: pipe the secret in, e.g. "
                            + "'secrets put SCOPE KEY < key.txt'.");
                }
                return v;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "list", description = "List the keys of a scope (never the values).")
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand
        SecretsCommand parent;

        @Parameters(paramLabel = "SCOPE")
        String scope;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.TABLE;

        @Override
        public Integer call() {
            Listing listing = new Listing("key");
            parent.secrets().keys(scope).forEach(listing::row);
            listing.print(format, parent.root.out());
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = "Delete a secret.")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        SecretsCommand parent;

        @Parameters(index = "0", paramLabel = "SCOPE")
        String scope;

        @Parameters(index = "1", paramLabel = "KEY")
        String key;

        @Override
        public Integer call() {
            parent.secrets().delete(scope, key);
            parent.root.out().println("Deleted secret " + key + " from scope " + scope + ".");
            return Cli.OK;
        }
    }

    /** An enum constant as the command line spells it: {@code KEY_VAULT} → {@code key-vault}. */
    static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String describe(ScopeDefinition d) {
        return d.kind() == ScopeKind.LOCAL ? "local scope " + d.name() : "Key Vault scope " + d.name() + " (" + d.vaultUrl() + ")";
    }
}

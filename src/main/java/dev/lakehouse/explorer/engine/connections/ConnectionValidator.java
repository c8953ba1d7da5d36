package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;

import java.nio.file.Files;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a connection before it is saved: its name, the fields its type and sign-in need, Azure's naming rules, and
 * that its credential is a reference to an existing scope — never the credential itself. Messages are one line,
 * name the field, and never repeat what was typed into the secret field.
 */
public final class ConnectionValidator {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");
    /** Azure: 3–24 lowercase letters and digits. */
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9]{3,24}");
    /** Azure: 3–63 lowercase letters, digits and '-', starting and ending with a letter or digit, no "--". */
    private static final Pattern CONTAINER = Pattern.compile("(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
    private static final Pattern TENANT_OR_CLIENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");
    private final SecretService secrets;

    public ConnectionValidator(SecretService secrets) {
        this.secrets = secrets;
    }

    /** @param saved the connections saved already (a name taken in any case is refused) */
    public void validate(Connection c, Collection<Connection> saved) {
        if (!NAME.matcher(c.name()).matches()) {
            throw fail(c, "the name must be 1–63 letters, digits, '-', '_' or '.', starting with a letter or digit");
        }
        if (saved.stream().anyMatch(s -> s.name().equalsIgnoreCase(c.name()))) {
            throw new StorageException("A connection named '" + c.name() + "' already exists.");
        }
        if (!allowedAuth(c.type()).contains(c.auth())) {
            throw fail(c, c.type() + " connections sign in with " + names(allowedAuth(c.type())) + ", not " + c.auth());
        }
        switch (c.type()) {
            case ADLS, BLOB -> azure(c);
            case AZURITE -> azurite(c);
            case LOCAL -> local(c);
        }
        credential(c);
    }

    static Set<StorageAuth> allowedAuth(ConnectionType type) {
        return switch (type) {
            case ADLS -> EnumSet.of(StorageAuth.KEY, StorageAuth.SAS, StorageAuth.SERVICE_PRINCIPAL, StorageAuth.DEFAULT);
            case BLOB -> EnumSet.of(StorageAuth.KEY, StorageAuth.SAS, StorageAuth.DEFAULT);
            case AZURITE -> EnumSet.of(StorageAuth.KEY, StorageAuth.SAS);
            case LOCAL -> EnumSet.of(StorageAuth.NONE);
        };
    }

    private void azure(Connection c) {
        if (blank(c.account()) || !ACCOUNT.matcher(c.account()).matches()) {
            throw fail(c, "the storage account must be 3–24 lowercase letters and digits");
        }
        container(c);
        if (!blank(c.endpoint())) {
            throw fail(c, "an endpoint is only for Azurite and local folders; " + c.type() + " uses Azure's public endpoint");
        }
        if (c.auth() == StorageAuth.SERVICE_PRINCIPAL) {
            if (blank(c.tenant()) || !TENANT_OR_CLIENT.matcher(c.tenant()).matches()) {
                throw fail(c, "a service principal needs its tenant (directory) id");
            }
            if (blank(c.clientId()) || !TENANT_OR_CLIENT.matcher(c.clientId()).matches()) {
                throw fail(c, "a service principal needs its client (application) id");
            }
        }
    }

    private void azurite(Connection c) {
        container(c);
        ConnectionRoots.azuriteEndpoint(c); // throws when it is not an http(s) URL
        String account = ConnectionRoots.azuriteAccount(c);
        if (!blank(c.account()) && !c.account().equals(account)) {
            throw fail(c, "the account '" + c.account() + "' differs from the endpoint's account '" + account + "'");
        }
    }

    private void local(Connection c) {
        if (blank(c.endpoint())) {
            throw fail(c, "a local connection needs its folder");
        }
        StorageUri uri = StorageUri.parse(c.endpoint());
        if (!uri.isLocal() || !Files.isDirectory(uri.localPath())) {
            throw fail(c, "the folder " + c.endpoint() + " does not exist");
        }
    }

    private static void container(Connection c) {
        if (blank(c.container()) || !CONTAINER.matcher(c.container()).matches()) {
            throw fail(c, "the container must be 3–63 lowercase letters, digits and '-', starting and ending with a letter or digit, without '--'");
        }
    }

    private void credential(Connection c) {
        boolean needsSecret = EnumSet.of(StorageAuth.KEY, StorageAuth.SAS, StorageAuth.SERVICE_PRINCIPAL).contains(c.auth());
        if (!needsSecret) {
            if (!blank(c.secret())) {
                throw fail(c, c.auth() + " sign-in takes no secret; leave the secret field empty");
            }
            return;
        }
        if (blank(c.secret())) {
            throw fail(c, c.auth() + " sign-in needs the secret field: a reference {{secrets/<scope>/<key>}}");
        }
        if (!SecretReference.isReference(c.secret())) {
            throw new StorageException("The credential must be a secret reference {{secrets/<scope>/<key>}}, not the value itself.");
        }
        String scope = SecretReference.parse(c.secret()).scope();
        if (secrets.scopes().stream().map(ScopeDefinition::name).noneMatch(scope::equals)) {
            throw new StorageException("No secret scope '" + scope + "': create it first (connection '" + c.name() + "').");
        }
    }

    private static StorageException fail(Connection c, String what) {
        return new StorageException("Connection '" + c.name() + "': " + what + ".");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String names(Set<StorageAuth> auths) {
        return auths.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}

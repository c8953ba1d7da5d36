package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.engine.secrets.SecretReference;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the connection form asks for, by type, and the inline messages for its fields: pure functions, so the form's
 * behaviour is tested without a window. A message is empty when the field is fine. Required-field messages are only
 * given once the user tried to save ({@code strict}); format messages as soon as something is typed.
 */
final class ConnectionRules {
    static final String NOT_A_REFERENCE = "Use a secret reference, not the key itself: {{secrets/<scope>/<key>}}.";
    private static final Pattern NAME = Pattern.compile(SecretReference.NAME);
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9]{3,24}");
    private static final Pattern CONTAINER = Pattern.compile("[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}");

    private ConnectionRules() {
    }

    /** The ways a type signs in, the usual one first. */
    static List<StorageAuth> authFor(ConnectionType type) {
        return switch (type) {
            case ADLS -> List.of(StorageAuth.KEY, StorageAuth.SAS, StorageAuth.SERVICE_PRINCIPAL, StorageAuth.DEFAULT);
            case BLOB, AZURITE -> List.of(StorageAuth.KEY, StorageAuth.SAS);
            case LOCAL -> List.of(StorageAuth.NONE);
        };
    }

    static boolean isAzure(ConnectionType type) {
        return type != ConnectionType.LOCAL;
    }

    static boolean needsSecret(ConnectionType type, StorageAuth auth) {
        return isAzure(type) && (auth == StorageAuth.KEY || auth == StorageAuth.SAS
                || auth == StorageAuth.SERVICE_PRINCIPAL);
    }

    static boolean needsServicePrincipal(ConnectionType type, StorageAuth auth) {
        return isAzure(type) && auth == StorageAuth.SERVICE_PRINCIPAL;
    }

    static String name(String value, boolean strict) {
        if (blank(value)) {
            return strict ? "Give the connection a name." : "";
        }
        return NAME.matcher(value.trim()).matches() ? "" : "Use letters, digits, '-', '_' and '.' in the name.";
    }

    static String account(String value, boolean strict) {
        if (blank(value)) {
            return strict ? "Name the storage account." : "";
        }
        return ACCOUNT.matcher(value.trim()).matches() ? ""
                : "A storage account name is 3 to 24 lowercase letters and digits.";
    }

    static String container(String value, boolean strict) {
        if (blank(value)) {
            return strict ? "Name the container." : "";
        }
        return CONTAINER.matcher(value.trim()).matches() ? ""
                : "A container name is 3 to 63 lowercase letters, digits and single hyphens.";
    }

    static String endpoint(String value, boolean strict) {
        if (blank(value)) {
            return strict ? "Give the Blob endpoint, e.g. " + ConnectionFormViewModel.AZURITE_ENDPOINT + "." : "";
        }
        String v = value.trim();
        return v.startsWith("http://") || v.startsWith("https://") ? ""
                : "The endpoint is a URL: http://host:port/account.";
    }

    static String folder(String value, boolean strict) {
        return blank(value) && strict ? "Choose the folder." : "";
    }

    /** The credential field: only a reference; what was typed is never repeated in the message. */
    static String secret(String value, boolean strict) {
        if (blank(value)) {
            return strict ? "Pick the secret that holds the credential." : "";
        }
        return SecretReference.isReference(value) ? "" : NOT_A_REFERENCE;
    }

    static String required(String value, boolean strict, String message) {
        return blank(value) && strict ? message : "";
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A field's value as the connection keeps it: trimmed, null when empty. */
    static String clean(String value) {
        return blank(value) ? null : value.trim();
    }
}

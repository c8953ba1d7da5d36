package dev.lakehouse.explorer.engine.azure;

/**
 * What a scope asked the vault to do, with the secret permission it needs: an error names the permission the
 * signed-in identity lacks and the role or access policy that grants it.
 */
enum KeyVaultOperation {
    LIST("list", "Key Vault Secrets User"),
    GET("get", "Key Vault Secrets User"),
    SET("set", "Key Vault Secrets Officer"),
    DELETE("delete", "Key Vault Secrets Officer");

    private final String permission;
    private final String role;

    KeyVaultOperation(String permission, String role) {
        this.permission = permission;
        this.role = role;
    }

    /** The access-policy permission, e.g. {@code get}. */
    String permission() {
        return permission;
    }

    /** The smallest built-in RBAC role that grants it. */
    String role() {
        return role;
    }
}

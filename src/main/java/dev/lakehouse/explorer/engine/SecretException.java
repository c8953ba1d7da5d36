package dev.lakehouse.explorer.engine;

/**
 * A secret scope or secret cannot be used: an unknown scope or key, a wrong passphrase, a damaged scope file, a
 * Key Vault that refuses or cannot be reached. The message never contains a secret value.
 */
public final class SecretException extends EngineException {
    public SecretException(String message) {
        super(message);
    }

    public SecretException(String message, Throwable cause) {
        super(message, cause);
    }
}

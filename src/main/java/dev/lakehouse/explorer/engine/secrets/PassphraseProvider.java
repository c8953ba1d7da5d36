package dev.lakehouse.explorer.engine.secrets;

/**
 * Asks for the passphrase of a local scope: a dialog in the window; on the command line
 * {@code LAKEHOUSE_SECRETS_PASSPHRASE} or a terminal prompt. Never an argument.
 */
@FunctionalInterface
public interface PassphraseProvider {
    /**
     * @param scope    the scope the passphrase opens
     * @param creating true when the passphrase will encrypt a new scope (a dialog asks for it twice)
     * @return the passphrase; the caller wipes the array after use
     * @throws dev.lakehouse.explorer.engine.SecretException if none can be had (no terminal, dialog cancelled)
     */
    char[] passphrase(String scope, boolean creating);
}

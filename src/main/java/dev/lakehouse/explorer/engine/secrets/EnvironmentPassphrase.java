package dev.lakehouse.explorer.engine.secrets;

import dev.lakehouse.explorer.engine.SecretException;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The command line's passphrases: {@code LAKEHOUSE_SECRETS_PASSPHRASE} when set (scripts, CI), else a prompt on
 * the terminal — twice when a scope is created, so a typo cannot lock the scope for good.
 */
public final class EnvironmentPassphrase implements PassphraseProvider {
    public static final String VARIABLE = "LAKEHOUSE_SECRETS_PASSPHRASE";
    private final Map<String, String> env;
    private final Supplier<Terminal> terminal;

    /** What a prompt needs of {@link Console}; tests give their own. */
    @FunctionalInterface
    public interface Terminal {
        /** Reads a line without echo; null at end of input. */
        char[] readPassword(String prompt);
    }

    /**
     * @param env      the environment to read {@value #VARIABLE} from
     * @param terminal gives the terminal to prompt on, or null (or a supplier giving null) when there is none
     */
    public EnvironmentPassphrase(Map<String, String> env, Supplier<Terminal> terminal) {
        this.env = Map.copyOf(env);
        this.terminal = terminal == null ? () -> null : terminal;
    }

    /** The process's environment and {@link System#console()}. */
    public static EnvironmentPassphrase fromSystem() {
        return new EnvironmentPassphrase(System.getenv(), () -> {
            Console c = System.console();
            return c == null ? null : prompt -> c.readPassword("%s", prompt);
        });
    }

    @Override
    public char[] passphrase(String scope, boolean creating) {
        String fromEnv = env.get(VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Terminal t = terminal.get();
        if (t == null) {
            throw new SecretException("No passphrase for scope '" + scope + "': set " + VARIABLE
                    + " or run in a terminal.");
        }
        return creating ? askTwice(t, scope) : ask(t, "Passphrase for scope '" + scope + "': ", scope);
    }

    private static char[] askTwice(Terminal t, String scope) {
        char[] first = ask(t, "New passphrase for scope '" + scope + "': ", scope);
        char[] second = ask(t, "Repeat the passphrase: ", scope);
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new SecretException("The passphrases for scope '" + scope + "' do not match; nothing was created.");
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }

    private static char[] ask(Terminal t, String prompt, String scope) {
        char[] p = t.readPassword(prompt);
        if (p == null || p.length == 0) {
            throw new SecretException("No passphrase given for scope '" + scope + "'.");
        }
        return p;
    }
}

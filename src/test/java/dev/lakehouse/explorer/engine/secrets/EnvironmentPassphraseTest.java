package dev.lakehouse.explorer.engine.secrets;

import dev.lakehouse.explorer.engine.SecretException;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvironmentPassphraseTest {

    private static EnvironmentPassphrase.Terminal typing(String... lines) {
        var queue = new ArrayDeque<>(List.of(lines));
        return prompt -> queue.isEmpty() ? null : queue.poll().toCharArray();
    }

    @Test
    void theEnvironmentVariableComesFirst() {
        var p = new EnvironmentPassphrase(Map.of("LAKEHOUSE_SECRETS_PASSPHRASE", "from env"), () -> typing("typed"));
        assertThat(p.passphrase("dev", true)).isEqualTo("from env".toCharArray());
    }

    @Test
    void aTerminalIsAskedOnceToOpenAndTwiceToCreate() {
        assertThat(new EnvironmentPassphrase(Map.of(), () -> typing("one")).passphrase("dev", false))
                .isEqualTo("one".toCharArray());
        assertThat(new EnvironmentPassphrase(Map.of(), () -> typing("two", "two")).passphrase("dev", true))
                .isEqualTo("two".toCharArray());
        assertThatThrownBy(() -> new EnvironmentPassphrase(Map.of(), () -> typing("two", "tow")).passphrase("dev", true))
                .isInstanceOf(SecretException.class)
                .hasMessage("The passphrases for scope 'dev' do not match; nothing was created.");
    }

    @Test
    void withoutEitherTheMessageSaysWhatToDo() {
        assertThatThrownBy(() -> new EnvironmentPassphrase(Map.of(), () -> null).passphrase("dev", false))
                .isInstanceOf(SecretException.class)
                .hasMessage("No passphrase for scope 'dev': set LAKEHOUSE_SECRETS_PASSPHRASE or run in a terminal.");
    }
}

package dev.lakehouse.explorer.engine.sql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretOptionsTest {

    @Test
    void masksQuotedAndBareValuesOfSecretOptions() {
        assertThat(SecretOptions.mask("SET spark.hadoop.fs.azure.sas.token = 'sv=2024&sig=abc'"))
                .isEqualTo("SET spark.hadoop.fs.azure.sas.token = '[REDACTED]'");
        assertThat(SecretOptions.mask("OPTIONS ('fs.azure.account.key.a.dfs.core.windows.net' = \"k==\", path '/x')"))
                .isEqualTo("OPTIONS ('fs.azure.account.key.a.dfs.core.windows.net' = \"[REDACTED]\", path '/x')");
        assertThat(SecretOptions.mask("SET my_api_key=abc123 ; SELECT 1")).isEqualTo("SET my_api_key=[REDACTED] ; SELECT 1");
        assertThat(SecretOptions.mask("OPTIONS (password 'it''s', x 'y')")).isEqualTo("OPTIONS (password '[REDACTED]', x 'y')");
    }

    @Test
    void leavesOrdinarySqlAlone() {
        String sql = "SELECT password_hint, user FROM accounts WHERE keyword = 'tokenize' AND path = '/x' ORDER BY 1";
        assertThat(SecretOptions.mask(sql)).isEqualTo(sql);
        assertThat(SecretOptions.mask("SELECT user password FROM t")).isEqualTo("SELECT user password FROM t");
    }

    @Test
    void anUnterminatedSecretIsMaskedToTheEnd() {
        assertThat(SecretOptions.mask("SET secret = 'abc")).isEqualTo("SET secret = '[REDACTED]'");
    }

    @Test
    void namesAreSplitAtDotsUnderscoresAndDashes() {
        assertThat(SecretOptions.isSecretName("fs.azure.account.key.x")).isTrue();
        assertThat(SecretOptions.isSecretName("client-secret")).isTrue();
        assertThat(SecretOptions.isSecretName("db_PASSWORD")).isTrue();
        assertThat(SecretOptions.isSecretName("password_hint")).isTrue(); // better a masked hint than a leak
        assertThat(SecretOptions.isSecretName("keyword")).isFalse();
        assertThat(SecretOptions.isSecretName("tokenize")).isFalse();
        assertThat(SecretOptions.isSecretName("primary.key")).isFalse();
    }
}

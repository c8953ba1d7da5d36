package dev.lakehouse.explorer.engine.azure;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A SAS token judged from its own fields, before the service is asked. */
class SasTokenTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final String SIG = "sig=c2VjcmV0LXNpZ25hdHVyZQ%3D%3D";

    @Test
    void aTokenValidUntilLaterHasNoProblemWithOrWithoutItsQuestionMark() {
        assertThat(SasToken.parse("?sv=2026-06-06&se=2026-12-05T00%3A00%3A00Z&sp=rl&" + SIG).problem(NOW)).isEmpty();
        assertThat(SasToken.parse("sv=2026-06-06&se=2026-12-05&sp=rl&" + SIG).problem(NOW)).isEmpty();
    }

    @Test
    void aPastExpiryIsExpiredAndShowsTheExpiryOnly() {
        assertThat(SasToken.parse("se=2026-12-04T11%3A59%3A59Z&" + SIG).problem(NOW))
                .contains("The SAS token has expired (se=2026-12-04T11:59:59Z)");
    }

    @Test
    void missingOrBrokenFieldsAreMalformed() {
        assertThat(SasToken.parse("sv=2026-06-06&se=2026-12-05").problem(NOW))
                .contains("The SAS token is malformed: it has no signature (sig=)");
        assertThat(SasToken.parse("se=2026-12-05&sig=not*base64!").problem(NOW))
                .contains("The SAS token is malformed: its signature (sig=) is not Base64");
        assertThat(SasToken.parse("sp=r&" + SIG).problem(NOW))
                .contains("The SAS token is malformed: it has no expiry (se=)");
        assertThat(SasToken.parse("se=tomorrow&" + SIG).problem(NOW))
                .contains("The SAS token is malformed: its expiry se=tomorrow is not a date");
    }

    @Test
    void aStoredAccessPolicyTokenMayOmitItsExpiry() {
        assertThat(SasToken.parse("si=readers&sr=c&" + SIG).problem(NOW)).isEmpty();
    }

    @Test
    void aPastedUrlKeepsOnlyItsQuery() {
        assertThat(SasToken.stripQuestionMark(" https://a.blob.core.windows.net/c?sv=1&sig=x ")).isEqualTo("sv=1&sig=x");
    }
}

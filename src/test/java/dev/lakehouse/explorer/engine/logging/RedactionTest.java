package dev.lakehouse.explorer.engine.logging;

import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.engine.spark.SparkEngine;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void aRegisteredSecretNeverReachesTheConsoleFeedOrTheLogFile() throws IOException {
        SparkEngine engine = SharedEngine.get();
        engine.redactor().register("sv=2026-01-01&sig=abcdef123456");
        LogManager.getLogger("dev.lakehouse.explorer.test").warn("connecting with sv=2026-01-01&sig=abcdef123456 now");

        assertThat(engine.logs().recent()).anySatisfy(line -> {
            assertThat(line.message()).isEqualTo("connecting with [REDACTED] now");
            assertThat(line.level()).isEqualTo(LogLine.Level.WARN);
        });
        String file = Files.readString(engine.info().workspace().resolve("logs/lakehouse-explorer.log"));
        assertThat(file).contains("connecting with [REDACTED] now").doesNotContain("abcdef123456");
    }

    @Test
    void sparksOwnLoggingGoesToTheFeed() {
        SharedEngine.get();
        assertThat(SharedEngine.get().logs().recent()).anyMatch(l -> l.logger().startsWith("org.apache.spark"));
    }

    @Test
    void shortValuesAreNotMaskedEverywhere() {
        SecretRedactor r = new SecretRedactor();
        r.register("ab");
        r.register("longer-secret");
        assertThat(r.redact("ab longer-secret")).isEqualTo("ab [REDACTED]");
    }

    @Test
    void theBase64AndUrlEncodedFormsOfASecretAreMaskedToo() {
        SecretRedactor r = new SecretRedactor();
        r.register("sv=2026&sig=ab/c+d");
        assertThat(r.redact("sas sv=2026&sig=ab/c+d")).isEqualTo("sas [REDACTED]");
        assertThat(r.redact("url ?sv%3D2026%26sig%3Dab%2Fc%2Bd")).isEqualTo("url ?[REDACTED]");
        assertThat(r.redact("header c3Y9MjAyNiZzaWc9YWIvYytk")).isEqualTo("header [REDACTED]");
    }
}

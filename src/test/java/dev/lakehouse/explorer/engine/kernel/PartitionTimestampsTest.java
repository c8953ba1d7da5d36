package dev.lakehouse.explorer.engine.kernel;

import io.delta.kernel.types.StructType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Timestamp partition values read the way Delta on Spark reads them, in a zone that is not UTC. */
class PartitionTimestampsTest {
    private static final PartitionTimestamps IN_BERLIN =
            PartitionTimestamps.of(new StructType(), List.of(), ZoneId.of("Europe/Berlin"));

    @Test
    void theUtcFormDelta33WritesIsAnInstant() {
        assertThat(IN_BERLIN.parse("2024-01-31T10:11:12.345678Z", false))
                .isEqualTo(Instant.parse("2024-01-31T10:11:12.345678Z"));
        assertThat(IN_BERLIN.parse("2024-01-31T10:11:12+01:00", false))
                .isEqualTo(Instant.parse("2024-01-31T09:11:12Z"));
    }

    @Test
    void theLegacyFormIsLocalTimeInTheSessionZone() {
        assertThat(IN_BERLIN.parse("2024-07-01 00:00:00.000001", false))
                .isEqualTo(Instant.parse("2024-06-30T22:00:00.000001Z"));
        assertThat(IN_BERLIN.parse("2024-01-31 10:11:12", false)).isEqualTo(Instant.parse("2024-01-31T09:11:12Z"));
    }

    @Test
    void timestampWithoutTimeZoneIsTheDateTimeAsWritten() {
        assertThat(IN_BERLIN.parse("1900-01-01 00:00:00", true)).isEqualTo(LocalDateTime.parse("1900-01-01T00:00"));
        assertThat(IN_BERLIN.parse("2024-01-31 10:11:12.5", true)).isEqualTo(LocalDateTime.parse("2024-01-31T10:11:12.5"));
    }

    @Test
    void aValueThatIsNoTimestampIsNamed() {
        assertThatThrownBy(() -> IN_BERLIN.parse("yesterday", false)).hasMessageContaining("'yesterday'");
    }
}

package dev.lakehouse.explorer.ui.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ValueFormatTest {

    @Test
    void nullIsSpelledOut() {
        assertThat(ValueFormat.format(null)).isEqualTo("NULL");
    }

    @Test
    void numbersAreLocaleNeutralWithoutGrouping() {
        assertThat(ValueFormat.format(1234567L)).isEqualTo("1234567");
        assertThat(ValueFormat.format(1234.5)).isEqualTo("1234.5");
        assertThat(ValueFormat.format(1.0E7)).isEqualTo("10000000.0");
        assertThat(ValueFormat.format(0.1f)).isEqualTo("0.1");
        assertThat(ValueFormat.format(1.5E20)).isEqualTo("1.5E20");
        assertThat(ValueFormat.format(Double.NaN)).isEqualTo("NaN");
        assertThat(ValueFormat.format(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ValueFormat.format(new BigDecimal("12.50"))).isEqualTo("12.50");
    }

    @Test
    void timesAreIso() {
        assertThat(ValueFormat.format(Instant.parse("2024-03-01T10:15:30Z"))).isEqualTo("2024-03-01T10:15:30Z");
        assertThat(ValueFormat.format(LocalDate.of(2024, 3, 1))).isEqualTo("2024-03-01");
        assertThat(ValueFormat.format(LocalDateTime.of(2024, 3, 1, 10, 15))).isEqualTo("2024-03-01T10:15");
    }

    @Test
    void bytesAreAShortHexPreview() {
        assertThat(ValueFormat.format(new byte[] {0x0a, (byte) 0xff})).isEqualTo("0x0AFF");
        assertThat(ValueFormat.format(new byte[100])).startsWith("0x000000").endsWith("… (100 bytes)");
    }

    @Test
    void nestedValuesReadLikeJson() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("a", 1);
        struct.put("b", List.of(1, 2));
        struct.put("c", null);
        struct.put("d", "x");

        assertThat(ValueFormat.format(struct)).isEqualTo("{a: 1, b: [1, 2], c: null, d: \"x\"}");
        assertThat(ValueFormat.format(List.of())).isEqualTo("[]");
    }

    @Test
    void textStaysOnOneLine() {
        assertThat(ValueFormat.format("a\nb\tc")).isEqualTo("a↵b c");
        assertThat(ValueFormat.format("x".repeat(5000))).hasSize(2001);
    }

    @Test
    void countsAndDurations() {
        assertThat(ValueFormat.count(1234)).isEqualTo("1,234");
        assertThat(ValueFormat.duration(850)).isEqualTo("850 ms");
        assertThat(ValueFormat.duration(4210)).isEqualTo("4.2 s");
        assertThat(ValueFormat.duration(192_000)).isEqualTo("3 min 12 s");
    }
}

package dev.lakehouse.explorer.engine.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleGeneratorTest {

    private static final List<String> EXPECTED_FILES = List.of("fraud/transactions.csv", "houses/houses.csv",
            "orders/orders_2026-11-01.csv", "orders/orders_2026-11-02.csv", "orders/orders_2026-11-03.csv",
            "orders/orders_2026-11-04.csv", "orders/orders_2026-11-05.csv",
            "orders_changes/order_changes_2026-11-06.jsonl");

    @TempDir
    Path tmp;

    @Test
    void sameRowsAndSeedGiveIdenticalBytes() throws IOException {
        List<Path> first = SampleGenerator.generate(tmp.resolve("a"), 300, 7);
        List<Path> second = SampleGenerator.generate(tmp.resolve("b"), 300, 7);

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(second.get(i).toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        SampleGenerator.generate(tmp.resolve("a"), 300, 7);
        SampleGenerator.generate(tmp.resolve("b"), 300, 8);

        for (String name : EXPECTED_FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name))).as(name)
                    .isNotEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(name)));
        }
    }

    @Test
    void writesTheIndexOfEveryFile() {
        List<Path> written = SampleGenerator.generate(tmp, 50, 1);

        assertThat(TestCsv.lines(tmp.resolve(SampleGenerator.INDEX))).containsExactlyElementsOf(EXPECTED_FILES);
        assertThat(written).hasSize(EXPECTED_FILES.size() + 1).allMatch(Files::isRegularFile)
                .last().isEqualTo(tmp.resolve(SampleGenerator.INDEX));
    }

    @Test
    void rowsSizesEachDataset() {
        int rows = 400;
        SampleGenerator.generate(tmp, rows, 3);
        int orders = SampleGenerator.orders(rows);

        assertThat(dataLines("houses/houses.csv")).isEqualTo(rows);
        assertThat(dataLines("fraud/transactions.csv")).isEqualTo(rows * 10);
        assertThat(orders).isEqualTo(600);
        int feedLines = 0;
        for (int day = 0; day < 5; day++) {
            feedLines += dataLines(OrdersWriter.fileName(day));
        }
        assertThat(feedLines).isEqualTo(orders + OrdersWriter.duplicates(orders) + OrdersWriter.malformed(orders))
                .isEqualTo(600 + 15 + 6);
        assertThat(TestCsv.lines(tmp.resolve(OrderChangesWriter.FILE))).hasSize(30);
    }

    @Test
    void oneRowStillGivesEveryFile() {
        SampleGenerator.generate(tmp, 1, 5);

        assertThat(dataLines("houses/houses.csv")).isEqualTo(1);
        assertThat(dataLines("fraud/transactions.csv")).isEqualTo(10);
        assertThat(TestCsv.lines(tmp.resolve(OrderChangesWriter.FILE))).hasSize(2);
        EXPECTED_FILES.forEach(name -> assertThat(tmp.resolve(name)).isRegularFile());
    }

    @Test
    void rejectsRowsOutOfRange() {
        assertThatThrownBy(() -> SampleGenerator.generate(tmp, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--rows must be at least 1");
        assertThatThrownBy(() -> SampleGenerator.generate(tmp, -5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -5");
        assertThatThrownBy(() -> SampleGenerator.generate(tmp, SampleGenerator.MAX_ROWS + 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--rows must be at most");
        assertThat(tmp).isEmptyDirectory();
    }

    private int dataLines(String name) {
        return TestCsv.lines(tmp.resolve(name)).size() - 1;
    }
}

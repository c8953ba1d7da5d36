package dev.lakehouse.explorer.ui.common;

import org.junit.jupiter.api.Test;

import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ResultGridTest {

    @Test
    void selectedCellsBecomeTabSeparatedLinesInRowOrder() {
        SortedMap<Integer, SortedMap<Integer, String>> cells = new TreeMap<>();
        cells.computeIfAbsent(3, r -> new TreeMap<>()).put(1, "b3");
        cells.computeIfAbsent(1, r -> new TreeMap<>()).put(1, "b1");
        cells.computeIfAbsent(1, r -> new TreeMap<>()).put(0, "a1");

        assertThat(ResultGrid.toTsv(cells)).isEqualTo("a1\tb1\nb3");
    }
}

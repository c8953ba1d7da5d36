package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.sql.Column;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartViewModelTest {
    private final ObservableList<Column> columns = FXCollections.observableArrayList(new Column("city", "string"),
            new Column("day", "date"), new Column("price", "decimal(10,2)"), new Column("rooms", "int"));
    private final ObservableList<List<Object>> rows = FXCollections.observableArrayList();
    private final SimpleBooleanProperty hasMore = new SimpleBooleanProperty();

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private ChartViewModel chart() {
        rows.setAll(row("Delft", LocalDate.of(2026, 1, 1), new BigDecimal("350000.00"), 4),
                row("Leiden", LocalDate.of(2026, 1, 2), new BigDecimal("420000.50"), 5),
                row("Gouda", LocalDate.of(2026, 1, 3), null, 3));
        var vm = new ChartViewModel(columns, rows, hasMore);
        vm.activeProperty().set(true);
        return vm;
    }

    @Test
    void defaultsToATextXAndTheFirstNumberY() {
        var vm = chart();

        assertThat(vm.xProperty().get().name()).isEqualTo("city");
        assertThat(vm.yProperty().get().name()).isEqualTo("price");
        assertThat(vm.yChoices()).extracting(Column::name).containsExactly("price", "rooms");
        var data = vm.dataProperty().get();
        assertThat(data.numericX()).isFalse();
        assertThat(data.points()).containsExactly(new ChartSeries.Point("Delft", 350000.0),
                new ChartSeries.Point("Leiden", 420000.5));
        assertThat(vm.noteProperty().get()).isEqualTo("Charting all 3 rows. 1 without a value are left out.");
    }

    @Test
    void saysWhenOnlyTheRowsLoadedSoFarAreCharted() {
        var vm = chart();

        hasMore.set(true);
        assertThat(vm.noteProperty().get()).startsWith("Charting the 3 rows loaded so far — the result has more");

        rows.add(row("Breda", LocalDate.of(2026, 1, 4), new BigDecimal("300000"), 3));
        assertThat(vm.dataProperty().get().points()).hasSize(3);
        assertThat(vm.noteProperty().get()).startsWith("Charting the 4 rows loaded so far");
    }

    @Test
    void aNumberXIsANumberAxisForLinesAndPointsButACategoryForBars() {
        var vm = chart();
        vm.xProperty().set(columns.get(3));
        vm.yProperty().set(columns.get(2));

        assertThat(vm.dataProperty().get().numericX()).isFalse();
        vm.kindProperty().set(ChartKind.SCATTER);
        assertThat(vm.dataProperty().get().numericX()).isTrue();
        assertThat(vm.dataProperty().get().points().get(0)).isEqualTo(new ChartSeries.Point(4, 350000.0));
    }

    @Test
    void notesRepeatedBarsAndCapsThePoints() {
        var vm = chart();
        rows.clear();
        for (int i = 0; i < ChartSeries.MAX_POINTS + 5; i++) {
            rows.add(row("same", null, BigDecimal.ONE, i));
        }

        var data = vm.dataProperty().get();
        assertThat(data.points()).hasSize(ChartSeries.MAX_POINTS);
        assertThat(data.capped()).isEqualTo(5);
        assertThat(vm.noteProperty().get()).contains("Only the first 1,000 points are drawn.")
                .contains("Some X values repeat");
    }

    @Test
    void withoutANumberColumnThereIsNothingToChart() {
        var vm = new ChartViewModel(FXCollections.observableArrayList(new Column("name", "string")),
                FXCollections.observableArrayList(), hasMore);
        vm.activeProperty().set(true);

        assertThat(vm.dataProperty().get().points()).isEmpty();
        assertThat(vm.noteProperty().get()).isEqualTo("Nothing to chart: the result has no number column.");
    }

    @Test
    void nothingIsWorkedOutWhileTheChartIsHidden() {
        rows.add(row("Delft", null, BigDecimal.TEN, 1));
        var vm = new ChartViewModel(columns, rows, hasMore);

        assertThat(vm.dataProperty().get()).isEqualTo(ChartSeries.Data.EMPTY);
        vm.activeProperty().set(true);
        assertThat(vm.dataProperty().get().points()).hasSize(1);
    }
}

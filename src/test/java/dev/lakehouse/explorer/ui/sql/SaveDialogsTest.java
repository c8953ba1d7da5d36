package dev.lakehouse.explorer.ui.sql;

import javafx.stage.FileChooser.ExtensionFilter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SaveDialogsTest {
    private static final ExtensionFilter CSV = new ExtensionFilter("CSV", "*.csv");
    private static final ExtensionFilter PARQUET = new ExtensionFilter("Parquet", "*.parquet");
    private static final List<ExtensionFilter> BOTH = List.of(CSV, PARQUET);

    @Test
    void addsTheChosenExtensionOnlyWhenTheNameHasNone() {
        assertThat(SaveDialogs.withExtension(Path.of("/x/orders"), CSV, BOTH)).isEqualTo(Path.of("/x/orders.csv"));
        assertThat(SaveDialogs.withExtension(Path.of("/x/bronze.orders"), PARQUET, BOTH))
                .isEqualTo(Path.of("/x/bronze.orders.parquet"));
        assertThat(SaveDialogs.withExtension(Path.of("/x/orders.CSV"), CSV, BOTH)).isEqualTo(Path.of("/x/orders.CSV"));
        assertThat(SaveDialogs.withExtension(Path.of("/x/orders.parquet"), CSV, BOTH))
                .isEqualTo(Path.of("/x/orders.parquet"));
    }

    @Test
    void suggestsAFileNameFromTheFirstTableRead() {
        assertThat(SaveDialogs.fileNameOf("SELECT * FROM bronze.orders_raw o JOIN x")).isEqualTo("bronze.orders_raw");
        assertThat(SaveDialogs.fileNameOf("select 1")).isEqualTo("result");
        assertThat(SaveDialogs.fileNameOf("SELECT * FROM silver.`my table`")).isEqualTo("silver.my_table");
    }
}

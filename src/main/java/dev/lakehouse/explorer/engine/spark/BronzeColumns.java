package dev.lakehouse.explorer.engine.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The three columns bronze adds after the data columns, and the split of a bronze schema into data and those. */
final class BronzeColumns {
    static final String SOURCE_FILE = "_source_file";
    static final String INGESTED_AT = "_ingested_at";
    static final String RESCUED = "_rescued_data";
    static final List<String> NAMES = List.of(SOURCE_FILE, INGESTED_AT, RESCUED);

    private BronzeColumns() {
    }

    static boolean isBronze(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The data columns followed by the bronze columns. */
    static StructType withBronze(StructType data) {
        return data.add(SOURCE_FILE, DataTypes.StringType, true)
                .add(INGESTED_AT, DataTypes.TimestampType, true)
                .add(RESCUED, DataTypes.StringType, true);
    }

    /** A bronze table's data columns: all but the three bronze ones (which may sit anywhere after evolution). */
    static StructType dataOf(StructType table) {
        return new StructType(Arrays.stream(table.fields()).filter(f -> !isBronze(f.name()))
                .toArray(StructField[]::new));
    }
}

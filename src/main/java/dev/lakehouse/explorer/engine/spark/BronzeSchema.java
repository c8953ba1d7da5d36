package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.PipelineException;
import dev.lakehouse.explorer.engine.pipelines.DeclaredColumn;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Schemas of bronze data columns: the declared one of a spec, and merging the inferred schemas of file groups. */
final class BronzeSchema {
    private BronzeSchema() {
    }

    /** The spec's {@code schema:} map as a Spark schema; a type Spark does not know fails with the column named. */
    static StructType declared(List<DeclaredColumn> columns) {
        StructType s = new StructType();
        for (DeclaredColumn c : columns) {
            s = s.add(c.name(), type(c), true);
        }
        return s;
    }

    static DataType type(DeclaredColumn c) {
        try {
            return DataType.fromDDL(c.type());
        } catch (RuntimeException e) {
            throw new PipelineException("column " + c.name() + ": '" + c.type() + "' is not a Spark SQL type");
        }
    }

    /** Columns by name (case-insensitive) in order of first appearance; differing types widen, else STRING. */
    static StructType merge(List<StructType> schemas) {
        Map<String, StructField> byName = new LinkedHashMap<>();
        for (StructType s : schemas) {
            for (StructField f : s.fields()) {
                byName.merge(f.name().toLowerCase(Locale.ROOT), f.copy(f.name(), f.dataType(), true, f.metadata()),
                        (a, b) -> a.copy(a.name(), wider(a.dataType(), b.dataType()), true, a.metadata()));
            }
        }
        return new StructType(byName.values().toArray(StructField[]::new));
    }

    /** Names of {@code files}' columns missing from {@code data}, case-insensitive, in the file's order. */
    static List<String> missingFrom(StructType data, List<String> fileColumns) {
        List<String> have = new ArrayList<>();
        for (String n : data.fieldNames()) {
            have.add(n.toLowerCase(Locale.ROOT));
        }
        List<String> out = new ArrayList<>();
        for (String c : fileColumns) {
            if (!have.contains(c.toLowerCase(Locale.ROOT)) && !BronzeColumns.isBronze(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static DataType wider(DataType a, DataType b) {
        if (a.equals(b)) {
            return a;
        }
        if (rank(a) > 0 && rank(b) > 0) {
            return rank(a) >= rank(b) ? a : b;
        }
        return DataTypes.StringType;
    }

    /** Numeric widening order for inferred types: int < long < decimal < double. */
    private static int rank(DataType t) {
        if (t.equals(DataTypes.IntegerType)) {
            return 1;
        }
        if (t.equals(DataTypes.LongType)) {
            return 2;
        }
        if (t instanceof DecimalType) {
            return 3;
        }
        return t.equals(DataTypes.DoubleType) ? 4 : 0;
    }
}

package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.ResultPage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that Kernel (the compute-free reader) and Spark (the Delta service) see the same table: history, and at a
 * version the schema, the row count and the rows (Kernel's first page as a multiset inside Spark's rows; all of
 * them when the page holds the whole version).
 */
final class Agreement {
    private static final int KERNEL_PAGE = 2_000;

    private Agreement() {
    }

    static void history(TableReader kernel, DeltaTableService spark, TableRef t) {
        List<String> k = kernel.history(t).stream().map(v -> v.version() + ":" + v.operation()).toList();
        List<String> s = spark.history(t, DeltaFixture.ctx()).stream().map(v -> v.version() + ":" + v.operation()).toList();
        assertThat(k).as("history of " + t).isEqualTo(s);
    }

    static List<Long> readableVersions(TableReader kernel, TableRef t) {
        return kernel.history(t).stream().filter(TableVersion::readable).map(TableVersion::version).sorted().toList();
    }

    static void atVersion(TableReader kernel, DeltaTableService spark, TableRef t, long version) {
        String where = t + " version " + version;
        QueryResult r = spark.rows(t, TableQuery.atVersion(version), 1_000, DeltaFixture.ctx());
        List<String> sparkColumns = r.firstPage().columns().stream().map(c -> c.name() + ":" + c.type()).toList();
        List<String> kernelColumns = kernel.schema(t, version).fields().stream().map(f -> f.name() + ":" + f.type()).toList();
        assertThat(kernelColumns).as("schema of " + where).isEqualTo(sparkColumns);

        List<List<Object>> sparkRows = drain(r);
        assertThat(kernel.rowCount(t, version)).as("row count of " + where).isEqualTo(sparkRows.size());

        ResultPage page = kernel.firstRows(t, version, KERNEL_PAGE);
        assertThat(page.columns()).extracting(Column::name).as("columns of " + where)
                .isEqualTo(r.firstPage().columns().stream().map(Column::name).toList());
        Map<List<Object>, Integer> sparkSet = multiset(sparkRows);
        Map<List<Object>, Integer> kernelSet = multiset(page.rows());
        if (!page.hasMore()) {
            assertThat(kernelSet).as("rows of " + where).isEqualTo(sparkSet);
        } else {
            kernelSet.forEach((row, n) -> assertThat(sparkSet.getOrDefault(row, 0)).as("row " + row + " of " + where)
                    .isGreaterThanOrEqualTo(n));
        }
    }

    private static List<List<Object>> drain(QueryResult r) {
        List<List<Object>> all = new ArrayList<>(r.firstPage().rows());
        ResultPage p = r.firstPage();
        while (p.hasMore()) {
            p = SharedEngine.get().sql().nextPage(r.cursorId(), 5_000, DeltaFixture.ctx());
            all.addAll(p.rows());
        }
        return all;
    }

    private static Map<List<Object>, Integer> multiset(List<List<Object>> rows) {
        Map<List<Object>, Integer> m = new HashMap<>();
        for (List<Object> row : rows) {
            m.merge(row.stream().map(Agreement::normal).toList(), 1, Integer::sum);
        }
        return m;
    }

    /** Values compared by content: byte arrays as hex (arrays compare by identity); nulls kept as a marker. */
    private static Object normal(Object v) {
        if (v == null) {
            return "<null>";
        }
        if (v instanceof byte[] b) {
            return "0x" + HexFormat.of().formatHex(b);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(Agreement::normal).toList();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(normal(k), normal(val)));
            return out;
        }
        return v;
    }

}

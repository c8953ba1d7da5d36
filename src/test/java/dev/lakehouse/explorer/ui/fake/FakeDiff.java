package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.delta.DeltaTableService.DiffOptions;
import dev.lakehouse.explorer.engine.delta.SchemaDiff;
import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.VersionDiff;
import dev.lakehouse.explorer.engine.delta.VersionDiff.RowChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A diff of two fake versions by key (or whole rows without one), as the Spark service computes it. */
final class FakeDiff {

    private FakeDiff() {
    }

    static VersionDiff of(FakeDeltaTable.Version from, FakeDeltaTable.Version to, DiffOptions options) {
        Map<List<Object>, Map<String, Object>> before = byKey(from, options.keyColumns());
        Map<List<Object>, Map<String, Object>> after = byKey(to, options.keyColumns());
        List<RowChange> rows = new ArrayList<>();
        long added = 0;
        long removed = 0;
        long changed = 0;
        for (var e : after.entrySet()) {
            var old = before.get(e.getKey());
            if (old == null) {
                added++;
                rows.add(new RowChange(RowChange.Kind.ADDED, Map.of(), e.getValue(), List.of()));
            } else if (!old.equals(e.getValue())) {
                changed++;
                List<String> cols = e.getValue().keySet().stream().filter(old::containsKey)
                        .filter(c -> !Objects.equals(old.get(c), e.getValue().get(c))).toList();
                rows.add(new RowChange(RowChange.Kind.CHANGED, old, e.getValue(), cols));
            }
        }
        for (var e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                removed++;
                rows.add(new RowChange(RowChange.Kind.REMOVED, e.getValue(), Map.of(), List.of()));
            }
        }
        return new VersionDiff(from.commit().version(), to.commit().version(), schema(from.fields(), to.fields()),
                new VersionDiff.RowCounts(added, removed, changed), options.keyColumns(), "set difference",
                rows.subList(0, Math.min(rows.size(), options.rowLimit())));
    }

    static SchemaDiff schema(List<SchemaField> from, List<SchemaField> to) {
        Map<String, String> a = types(from);
        Map<String, String> b = types(to);
        return new SchemaDiff(b.keySet().stream().filter(c -> !a.containsKey(c)).toList(),
                a.keySet().stream().filter(c -> !b.containsKey(c)).toList(),
                b.keySet().stream().filter(a::containsKey).filter(c -> !a.get(c).equals(b.get(c)))
                        .map(c -> new SchemaDiff.ColumnChange(c, a.get(c), b.get(c))).toList());
    }

    private static Map<String, String> types(List<SchemaField> fields) {
        Map<String, String> m = new LinkedHashMap<>();
        fields.forEach(f -> m.put(f.name(), f.type()));
        return m;
    }

    private static Map<List<Object>, Map<String, Object>> byKey(FakeDeltaTable.Version v, List<String> keys) {
        var columns = v.columns();
        Map<List<Object>, Map<String, Object>> out = new LinkedHashMap<>();
        for (List<Object> row : v.rows()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i).name(), row.get(i));
            }
            List<Object> key = keys.isEmpty() ? row : keys.stream().map(values::get).toList();
            out.put(key, values);
        }
        return out;
    }
}

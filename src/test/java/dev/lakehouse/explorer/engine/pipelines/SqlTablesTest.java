package dev.lakehouse.explorer.engine.pipelines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTablesTest {

    private static List<String> names(String sql) {
        return SqlTables.referenced(sql).stream().map(TableReference::name).toList();
    }

    @Test
    void fromAndJoinTablesInOrder() {
        assertThat(names("SELECT * FROM silver.orders o JOIN silver.customers c ON o.c = c.id"
                + " LEFT OUTER JOIN dims USING (k)")).containsExactly("silver.orders", "silver.customers", "dims");
    }

    @Test
    void offsetsCoverTheNameAsWrittenSoItCanBeReplaced() {
        String sql = "select a from  `silver`.`orders`  where x";
        TableReference ref = SqlTables.referenced(sql).get(0);

        assertThat(ref.parts()).containsExactly("silver", "orders");
        assertThat(sql.substring(ref.offset(), ref.end())).isEqualTo("`silver`.`orders`");
        String swapped = sql.substring(0, ref.offset()) + "tmp_view" + sql.substring(ref.end());
        assertThat(swapped).isEqualTo("select a from  tmp_view  where x");
    }

    @Test
    void commaSeparatedFromListsWithAliases() {
        assertThat(names("SELECT * FROM a x, b AS y, c WHERE x.k = y.k")).containsExactly("a", "b", "c");
        assertThat(names("SELECT * FROM a t(c1, c2), b")).containsExactly("a", "b");
    }

    @Test
    void stringsAndCommentsAreSkipped() {
        assertThat(names("SELECT 'FROM fake1', \"join fake2\" -- FROM fake3\n"
                + "/* FROM fake4 /* nested FROM fake5 */ still comment FROM fake6 */ FROM real1"))
                .containsExactly("real1");
        assertThat(names("SELECT 'it''s FROM x', 'a\\' FROM y' FROM real2")).containsExactly("real2");
    }

    @Test
    void quotedIdentifiersKeepDotsAndBackquotesInside() {
        List<TableReference> refs = SqlTables.referenced("SELECT * FROM `my.schema`.`odd``name` JOIN delta.`/data/t`");

        assertThat(refs.get(0).parts()).containsExactly("my.schema", "odd`name");
        assertThat(refs.get(1).parts()).containsExactly("delta", "/data/t");
    }

    @Test
    void subqueriesAreScannedAndTheirAliasesAreNotTables() {
        assertThat(names("SELECT * FROM (SELECT id FROM bronze.x WHERE y IN (SELECT y FROM ref.ys)) sub"
                + " JOIN (SELECT * FROM silver.z) AS z2 ON sub.id = z2.id, other"))
                .containsExactly("bronze.x", "ref.ys", "silver.z", "other");
        assertThat(names("SELECT * FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.k = t.k)"))
                .containsExactly("t", "u");
    }

    @Test
    void cteNamesAreNotTables() {
        assertThat(names("WITH recent AS (SELECT * FROM silver.orders WHERE d > '2024'),"
                + " totals (d, s) AS (SELECT d, SUM(a) FROM recent GROUP BY d)"
                + " SELECT * FROM totals JOIN recent USING (d) JOIN gold.days ON true"))
                .containsExactly("silver.orders", "gold.days");
    }

    @Test
    void aCteNameStillCountsWhenQualified() {
        assertThat(names("WITH orders AS (SELECT 1) SELECT * FROM orders, silver.orders"))
                .containsExactly("silver.orders");
    }

    @Test
    void functionsWithFromInsideAreNotQueries() {
        assertThat(names("SELECT extract(YEAR FROM order_ts) AS y, trim(BOTH 'x' FROM name), trim(FROM name),"
                + " substring(s FROM 2 FOR 3) FROM silver.orders")).containsExactly("silver.orders");
    }

    @Test
    void tableValuedFunctionsAndValuesAreNotTables() {
        assertThat(names("SELECT * FROM range(10) r, VALUES (1, 2) AS v(a, b)")).isEmpty();
        assertThat(names("SELECT * FROM range(10) r JOIN real ON true")).containsExactly("real");
        assertThat(names("SELECT * FROM explode_outer((SELECT collect_list(a) FROM inner_t)) e"))
                .containsExactly("inner_t");
    }

    @Test
    void timeTravelAndSamplingAreSteppedOverInAList() {
        assertThat(names("SELECT * FROM a VERSION AS OF 3 x, b TIMESTAMP AS OF '2024-01-01', c TABLESAMPLE (10"
                + " PERCENT) s, d@v2, e FOR SYSTEM_VERSION AS OF 1, f")).containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void fromFirstQueriesAndDeleteFrom() {
        assertThat(names("FROM bronze.t SELECT a")).containsExactly("bronze.t");
        assertThat(names("DELETE FROM silver.t WHERE a = 1")).containsExactly("silver.t");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT 1|",
        "SELECT * FROM|",
        "SELECT * FROM (|",
        "SELECT * FROM 'unclosed|",
        "SELECT * FROM `unclosed|unclosed",
        ")))) FROM ((( x|",
        "select * from t natural join u|t,u",
        "SELECT * FROM t1 LEFT ANTI JOIN t2 ON a|t1,t2",
        "SELECT * FROM a UNION ALL SELECT * FROM b; SELECT * FROM c|a,b,c",
        "SELECT a.b.c FROM cat.db.tbl|cat.db.tbl",
        "SELECT * FROM t WHERE s = \"a FROM b\"|t",
        "SELECT * FROM ${x}|",
    })
    void oddTextNeverThrows(String sql, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(","));
        assertThat(names(sql)).isEqualTo(want);
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertThat(SqlTables.referenced(null)).isEmpty();
        assertThat(SqlTables.referenced("  ")).isEmpty();
    }
}

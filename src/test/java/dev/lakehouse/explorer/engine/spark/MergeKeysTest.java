package dev.lakehouse.explorer.engine.spark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MergeKeysTest {
    private static final List<String> COLUMNS = List.of("id", "Region", "order id", "amount");

    @Test
    void readsSpark35sExpressionIds() {
        assertThat(MergeKeys.parse("[\"((id#199 = id#203) AND (region#200 = region#204))\"]", COLUMNS))
                .containsExactly("id", "Region");
    }

    @Test
    void readsAliasedAndQualifiedAndQuotedNames() {
        assertThat(MergeKeys.parse("t.id = s.id", COLUMNS)).containsExactly("id");
        assertThat(MergeKeys.parse("spark_catalog.silver.orders.id = updates.id AND t.`order id` = s.`order id`", COLUMNS))
                .containsExactly("id", "order id");
        assertThat(MergeKeys.parse("(t.key_a = s.id)", COLUMNS)).containsExactly("id"); // the side the table has
    }

    @Test
    void ignoresComparisonsWithLiteralsAndFunctions() {
        assertThat(MergeKeys.parse("t.id = s.id AND t.amount > 3 AND t.region = 'eu' AND t.amount = abs(s.amount)", COLUMNS))
                .containsExactly("id");
        assertThat(MergeKeys.parse(null, COLUMNS)).isEmpty();
        assertThat(MergeKeys.parse("[\"(id#1820 = 1)\"]", COLUMNS)).isEmpty();
    }
}

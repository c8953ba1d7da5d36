package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.ui.sql.Suggestion.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SqlCompletionTest {
    private final CompletionCache cache = new CompletionCache();

    @BeforeEach
    void catalog() {
        cache.setTables(Map.of("bronze", List.of("orders_raw", "houses", "order lines"), "default", List.of("people"),
                "silver", List.of("orders")));
        cache.putColumns(new TableName("bronze", "orders_raw"), List.of(new Column("order_id", "int"),
                new Column("customer_id", "int"), new Column("amount", "decimal(10,2)"), new Column("order", "string")));
        cache.putColumns(new TableName("default", "people"), List.of(new Column("person_id", "bigint"),
                new Column("name", "string")));
    }

    /** Completes at the '|' in the text. */
    private Completion at(String textWithCaret) {
        int caret = textWithCaret.indexOf('|');
        return SqlCompletion.complete(textWithCaret.replace("|", ""), caret, cache);
    }

    private static List<String> texts(Completion c) {
        return c.suggestions().stream().map(Suggestion::text).toList();
    }

    private static List<String> texts(Completion c, Kind kind) {
        return c.suggestions().stream().filter(s -> s.kind() == kind).map(Suggestion::text).toList();
    }

    @Test
    void afterFromProposesSchemasAndQualifiedTables() {
        Completion c = at("SELECT * FROM |");

        assertThat(texts(c, Kind.SCHEMA)).containsExactly("bronze", "default", "silver");
        assertThat(texts(c, Kind.TABLE)).containsExactly("bronze.houses", "bronze.`order lines`", "bronze.orders_raw",
                "default.people", "silver.orders");
        assertThat(c.afterDot()).isFalse();
        assertThat(c.from()).isEqualTo(c.to()).isEqualTo(14);
    }

    @Test
    void aTablePrefixMatchesTheTableNameAndReplacesTheWord() {
        Completion c = at("SELECT * FROM ord|");

        assertThat(texts(c)).containsExactly("bronze.`order lines`", "bronze.orders_raw", "silver.orders");
        assertThat(c.from()).isEqualTo(14);
        assertThat(c.to()).isEqualTo(17);
    }

    @Test
    void afterSchemaDotProposesThatSchemasTables() {
        Completion c = at("SELECT * FROM bronze.|");

        assertThat(texts(c)).containsExactly("houses", "`order lines`", "orders_raw");
        assertThat(c.afterDot()).isTrue();
        assertThat(at("select * from bronze.orders_|").suggestions()).extracting(Suggestion::text).containsExactly("orders_raw");
    }

    @Test
    void afterAnAliasDotProposesThatTablesColumns() {
        Completion c = at("SELECT o.| FROM bronze.orders_raw o JOIN people p ON p.person_id = o.customer_id");

        assertThat(texts(c)).containsExactly("order_id", "customer_id", "amount", "`order`");
        assertThat(c.suggestions().get(2).detail()).isEqualTo("decimal(10,2) · orders_raw");
        assertThat(texts(at("SELECT p.n| FROM bronze.orders_raw AS o, people AS p"))).containsExactly("name");
    }

    @Test
    void aTablesOwnNameAndTheSchemaQualifiedNameWorkAsQualifiers() {
        assertThat(texts(at("SELECT orders_raw.a| FROM bronze.orders_raw"))).containsExactly("amount");
        assertThat(texts(at("SELECT bronze.orders_raw.cu| FROM bronze.orders_raw"))).containsExactly("customer_id");
    }

    @Test
    void elsewhereProposesColumnsOfTheStatementsTablesThenKeywords() {
        Completion c = at("SELECT | FROM bronze.orders_raw, people WHERE amount > 0");

        assertThat(texts(c, Kind.COLUMN)).containsExactly("order_id", "customer_id", "amount", "`order`", "person_id",
                "name");
        assertThat(texts(c, Kind.KEYWORD)).contains("SELECT", "FROM", "WHERE");
        assertThat(c.suggestions().get(0).kind()).isEqualTo(Kind.COLUMN);
    }

    @Test
    void keywordsFollowTheCaseTheUserWrites() {
        assertThat(texts(at("select * from people wher|"))).containsExactly("where");
        assertThat(texts(at("SELECT * FROM people WHER|"))).containsExactly("WHERE");
        assertThat(texts(at("select * from people |"), Kind.KEYWORD)).contains("where", "group");
        assertThat(texts(at("|"))).contains("SELECT");
    }

    @Test
    void afterATableNameComeKeywordsNotTables() {
        Completion c = at("SELECT * FROM bronze.orders_raw |");

        assertThat(texts(c, Kind.TABLE)).isEmpty();
        assertThat(texts(c, Kind.KEYWORD)).contains("WHERE", "JOIN");
    }

    @Test
    void aCommaInTheFromListAsksForAnotherTable() {
        assertThat(texts(at("SELECT * FROM people p, |"), Kind.TABLE)).contains("bronze.houses");
        assertThat(texts(at("SELECT name, | FROM people"), Kind.TABLE)).isEmpty();
    }

    @Test
    void schemaPlacesProposeSchemasOnly() {
        assertThat(texts(at("USE |"))).containsExactly("bronze", "default", "silver");
        assertThat(texts(at("SHOW TABLES IN b|"))).containsExactly("bronze");
        assertThat(texts(at("DROP SCHEMA s|"))).containsExactly("silver");
    }

    @Test
    void otherTablePlaces() {
        assertThat(texts(at("INSERT INTO silver.|"))).containsExactly("orders");
        assertThat(texts(at("DESCRIBE HISTORY h|"))).containsExactly("bronze.houses");
        assertThat(texts(at("UPDATE |"), Kind.TABLE)).hasSize(5);
        assertThat(texts(at("MERGE INTO silver.orders t USING |"), Kind.TABLE)).hasSize(5);
        assertThat(texts(at("SELECT * FROM people ORDER BY name DESC, |"), Kind.TABLE)).isEmpty();
    }

    @Test
    void nothingInsideAStringOrAComment() {
        assertThat(at("SELECT 'FROM |' FROM people").suggestions()).isEmpty();
        assertThat(at("SELECT 1 -- FROM |").suggestions()).isEmpty();
        assertThat(at("SELECT 1 /* bronze.| */").suggestions()).isEmpty();
        assertThat(at("SELECT 'unterminated |").suggestions()).isEmpty();
        assertThat(texts(at("SELECT 'a' |"), Kind.KEYWORD)).contains("FROM"); // right after a closed string
    }

    @Test
    void onlyTheStatementAtTheCaretCounts() {
        Completion c = at("SELECT * FROM bronze.orders_raw;\nSELECT | FROM people;\nSELECT 1");

        assertThat(texts(c, Kind.COLUMN)).containsExactly("person_id", "name");
    }

    @Test
    void aBacktickedPrefixKeepsItsQuotes() {
        Completion c = at("SELECT * FROM bronze.`Ord|");

        assertThat(texts(c)).containsExactly("`order lines`", "`orders_raw`");
        assertThat(c.from()).isEqualTo(21);
    }

    @Test
    void saysWhichColumnsAndNamesAreStillMissing() {
        Completion c = at("SELECT | FROM silver.orders JOIN bronze.houses");

        assertThat(c.needsColumns()).containsExactly(new TableName("silver", "orders"), new TableName("bronze", "houses"));
        assertThat(c.needsTables()).isFalse();
        assertThat(c.needsData()).isTrue();

        cache.clear();
        Completion cold = at("SELECT * FROM bronze.|");
        assertThat(cold.needsTables()).isTrue();
        assertThat(cold.suggestions()).isEmpty();
        assertThat(cold.afterDot()).isTrue();
    }

    @Test
    void anUnknownQualifierProposesNothing() {
        Completion c = at("SELECT x.| FROM people");

        assertThat(c.suggestions()).isEmpty();
        assertThat(c.needsData()).isFalse();
    }

    @Test
    void tableFunctionsAndSubqueriesAreNotTables() {
        Completion c = at("SELECT | FROM range(10) r, (SELECT 1) s");

        assertThat(texts(c, Kind.COLUMN)).isEmpty();
        assertThat(c.needsColumns()).isEmpty();
    }

    @Test
    void timeTravelDoesNotLookLikeAnAlias() {
        assertThat(texts(at("SELECT | FROM people VERSION AS OF 3"), Kind.COLUMN)).containsExactly("person_id", "name");
        assertThat(texts(at("SELECT p.| FROM people TIMESTAMP AS OF '2026-01-01' p"))).isEmpty();
    }

    @Test
    void recognisesStatementsThatMayChangeTheCatalog() {
        assertThat(SqlCompletion.mayChangeCatalog("CREATE TABLE s.t (id INT)")).isTrue();
        assertThat(SqlCompletion.mayChangeCatalog("SELECT 1; drop view v")).isTrue();
        assertThat(SqlCompletion.mayChangeCatalog("SELECT 'create' AS word -- drop")).isFalse();
        assertThat(SqlCompletion.mayChangeCatalog("INSERT INTO t VALUES (1)")).isFalse();
    }

    @Test
    void aStatementThatIsNotAReadMayChangeATableAndReadsDoNot() {
        assertThat(SqlCompletion.mayChangeTables("INSERT INTO t VALUES (1)")).isTrue();
        assertThat(SqlCompletion.mayChangeTables("SELECT 1;\n-- a note\nmerge INTO t USING s ON t.id = s.id")).isTrue();
        assertThat(SqlCompletion.mayChangeTables("ALTER TABLE t SET TBLPROPERTIES ('a' = 'b')")).isTrue();
        assertThat(SqlCompletion.mayChangeTables("SELECT 'delete' AS word; DESCRIBE HISTORY t; SHOW TABLES")).isFalse();
        assertThat(SqlCompletion.mayChangeTables("WITH x AS (SELECT 1) SELECT * FROM x")).isFalse();
        assertThat(SqlCompletion.mayChangeTables("COPY INTO t FROM '/data' FILEFORMAT = CSV")).isTrue();
    }

    @Test
    void recognisesStatementsThatMayCommitToATable() {
        assertThat(SqlCompletion.mayChangeTables("INSERT INTO t VALUES (1)")).isTrue();
        assertThat(SqlCompletion.mayChangeTables("SELECT 1;\nupdate t SET a = 1")).isTrue();
        assertThat(SqlCompletion.mayChangeTables("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE")).isTrue();
        assertThat(SqlCompletion.mayChangeTables("OPTIMIZE t; VACUUM t")).isTrue();
        assertThat(SqlCompletion.mayChangeTables("ALTER TABLE t ADD COLUMNS (c INT)")).isTrue();
        assertThat(SqlCompletion.mayChangeTables("SELECT 'delete' AS word FROM t -- insert")).isFalse();
    }

    @Test
    void quotesNamesThatNeedIt() {
        assertThat(SqlCompletion.quoted("orders", false)).isEqualTo("orders");
        assertThat(SqlCompletion.quoted("Order Lines", false)).isEqualTo("`Order Lines`");
        assertThat(SqlCompletion.quoted("select", false)).isEqualTo("`select`");
        assertThat(SqlCompletion.quoted("a`b", true)).isEqualTo("`a``b`");
    }
}

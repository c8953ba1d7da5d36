package dev.lakehouse.explorer.engine.sql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = """
                CREATE TABLE t (s STRING); -- a comment; with a semicolon
                INSERT INTO t VALUES ('a;b'), ("c;d");
                /* block; comment */ SELECT `odd;name` FROM t
                """;
        assertThat(SqlScript.split(script)).containsExactly(
                "CREATE TABLE t (s STRING)",
                "INSERT INTO t VALUES ('a;b'), (\"c;d\")",
                "SELECT `odd;name` FROM t");
    }

    @Test
    void dropsEmptyStatementsAndKeepsEscapedQuotes() {
        assertThat(SqlScript.split(";; SELECT 'it\\'s; fine' ;  ;")).containsExactly("SELECT 'it\\'s; fine'");
        assertThat(SqlScript.split("  -- only a comment\n")).isEmpty();
    }

    @Test
    void previewIsOneShortLine() {
        assertThat(SqlScript.preview("SELECT *\n  FROM  t")).isEqualTo("SELECT * FROM t");
        assertThat(SqlScript.preview("SELECT " + "x, ".repeat(40))).hasSize(58).endsWith("…");
    }
}

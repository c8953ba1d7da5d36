package dev.lakehouse.explorer.ui.sql;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSyntaxTest {

    /** The style of each character, "" for plain. */
    private static List<String> styles(String text) {
        List<String> out = new ArrayList<>();
        for (var span : SqlSyntax.highlight(text)) {
            Collection<String> style = span.getStyle();
            for (int i = 0; i < span.getLength(); i++) {
                out.add(style.isEmpty() ? "" : style.iterator().next());
            }
        }
        return out;
    }

    @Test
    void marksKeywordsStringsNumbersAndComments() {
        String sql = "select 'a' , 42 -- done";
        List<String> s = styles(sql);

        assertThat(s).hasSize(sql.length());
        assertThat(s.get(0)).isEqualTo("sql-keyword");
        assertThat(s.get(7)).isEqualTo("sql-string");
        assertThat(s.get(13)).isEqualTo("sql-number");
        assertThat(s.get(sql.length() - 1)).isEqualTo("sql-comment");
        assertThat(s.get(6)).isEmpty();
    }

    @Test
    void aKeywordInsideANameOrStringIsNotAKeyword() {
        List<String> s = styles("selection 'from'");

        assertThat(s.get(0)).isEmpty();
        assertThat(s.get(12)).isEqualTo("sql-string");
    }

    @Test
    void functionsAndQuotedNames() {
        List<String> s = styles("count(`my col`)");

        assertThat(s.get(0)).isEqualTo("sql-function");
        assertThat(s.get(7)).isEqualTo("sql-quoted");
    }
}

package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.DiffOptions;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.VersionDiff;
import dev.lakehouse.explorer.engine.delta.VersionDiff.RowChange;
import dev.lakehouse.explorer.engine.delta.VersionDiff.RowCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.lakehouse.explorer.engine.spark.DeltaFixture.ctx;
import static dev.lakehouse.explorer.engine.spark.DeltaFixture.delta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Row and schema diffs between versions, by set difference and by change data feed. */
class VersionDiffTest {
    @TempDir
    Path tmp;

    private static final String CHANGES = """
            INSERT INTO $t VALUES (1, 'ann', 10), (2, 'bob', 20), (3, 'cy', 30), (4, 'dee', 40);
            UPDATE $t SET name = 'bobby' WHERE id = 2;
            DELETE FROM $t WHERE id = 3;
            INSERT INTO $t VALUES (5, 'eve', 50)""";

    private TableRef people(String name, boolean cdf) {
        return DeltaFixture.table(tmp.resolve(name), "CREATE TABLE $t (id INT, name STRING, qty INT) USING delta"
                + (cdf ? " TBLPROPERTIES (delta.enableChangeDataFeed = true)" : "") + ";\n" + CHANGES);
    }

    private static VersionDiff diff(TableRef t, long from, long to, List<String> key, boolean rows) {
        return delta().diff(t, from, to, new DiffOptions(key, rows, 100), ctx());
    }

    @Test
    void withAKeyCountsChangedRowsAndNamesTheChangedCells() {
        TableRef t = people("keyed", false);
        VersionDiff d = diff(t, 1, 4, List.of("id"), true);
        assertThat(d.method()).isEqualTo("set difference");
        assertThat(d.keyColumns()).containsExactly("id");
        assertThat(d.counts()).isEqualTo(new RowCounts(1, 1, 1));
        assertThat(d.schema().isEmpty()).isTrue();
        assertThat(d.rows()).extracting(RowChange::kind)
                .containsExactly(RowChange.Kind.CHANGED, RowChange.Kind.REMOVED, RowChange.Kind.ADDED); // by key
        RowChange changed = d.rows().get(0);
        assertThat(changed.before()).isEqualTo(Map.of("id", 2, "name", "bob", "qty", 20));
        assertThat(changed.after()).isEqualTo(Map.of("id", 2, "name", "bobby", "qty", 20));
        assertThat(changed.changedColumns()).containsExactly("name");
        assertThat(d.rows().get(1).after()).isEmpty();
        assertThat(d.rows().get(2).before()).isEmpty();
        assertThat(d.rows().get(2).after()).containsEntry("name", "eve");
    }

    @Test
    void withoutAKeyRowsAreOnlyAddedOrRemoved() {
        TableRef t = people("unkeyed", false);
        VersionDiff d = diff(t, 1, 4, List.of(), true);
        assertThat(d.counts()).isEqualTo(new RowCounts(2, 2, 0));
        assertThat(d.rows()).hasSize(4).allMatch(r -> r.changedColumns().isEmpty());
        assertThat(d.rows()).filteredOn(r -> r.kind() == RowChange.Kind.ADDED).extracting(r -> r.after().get("name"))
                .containsExactlyInAnyOrder("bobby", "eve");
        // duplicates count as often as they occur (a multiset difference)
        DeltaFixture.sql("INSERT INTO " + DeltaSql.table(t) + " VALUES (5, 'eve', 50), (5, 'eve', 50)");
        assertThat(diff(t, 4, 5, List.of(), false).counts()).isEqualTo(new RowCounts(2, 0, 0));
        assertThat(diff(t, 5, 4, List.of(), false).counts()).isEqualTo(new RowCounts(0, 2, 0));
    }

    @Test
    void aColumnAddedInBetweenDoesNotChangeEveryRow() {
        TableRef t = people("widened", false);
        DeltaFixture.sql("ALTER TABLE " + DeltaSql.table(t) + " ADD COLUMNS (note STRING, address STRUCT<city: STRING>);"
                + "UPDATE " + DeltaSql.table(t) + " SET note = 'vip' WHERE id = 1;"
                + "UPDATE " + DeltaSql.table(t) + " SET qty = 41 WHERE id = 4");
        VersionDiff d = diff(t, 4, 7, List.of("id"), true);
        assertThat(d.schema().added()).containsExactly("note", "address");
        assertThat(d.counts()).isEqualTo(new RowCounts(0, 0, 1)); // id 4's qty; id 1's note is not comparable
        assertThat(d.rows()).singleElement().satisfies(r -> {
            assertThat(r.changedColumns()).containsExactly("qty");
            assertThat(r.after()).containsEntry("note", null).containsKey("address");
        });
        assertThat(diff(t, 4, 7, List.of(), false).counts()).isEqualTo(new RowCounts(1, 1, 0));
    }

    @Test
    void aStructThatGainedAFieldIsNoChangeOfItsRows() {
        TableRef t = DeltaFixture.table(tmp.resolve("nested"), """
                CREATE TABLE $t (id INT, address STRUCT<city: STRING>) USING delta;
                INSERT INTO $t VALUES (1, named_struct('city', 'Delft')), (2, named_struct('city', 'Gouda'));
                ALTER TABLE $t ADD COLUMNS (address.zip STRING);
                UPDATE $t SET address.city = 'Leiden' WHERE id = 2""");
        VersionDiff d = diff(t, 1, 3, List.of("id"), true);
        assertThat(d.schema().added()).containsExactly("address.zip");
        assertThat(d.counts()).isEqualTo(new RowCounts(0, 0, 1));
        assertThat(d.rows().get(0).changedColumns()).containsExactly("address");
    }

    @Test
    void usesTheChangeDataFeedWhenRecordedForTheWholeRangeAndAgreesWithTheSetDifference() {
        TableRef plain = people("plain", false);
        TableRef feed = people("feed", true);
        for (List<String> key : List.of(List.of("id"), List.<String>of())) {
            VersionDiff viaSet = diff(plain, 1, 4, key, true);
            VersionDiff viaFeed = diff(feed, 1, 4, key, true);
            assertThat(viaSet.method()).isEqualTo("set difference");
            assertThat(viaFeed.method()).isEqualTo("change data feed");
            assertThat(viaFeed.counts()).isEqualTo(viaSet.counts());
            assertThat(viaFeed.rows()).isNotEmpty().containsExactlyInAnyOrderElementsOf(viaSet.rows());
        }
    }

    @Test
    void theChangeFeedNetsOutRowsChangedAndChangedBack() {
        TableRef t = people("netted", true);
        DeltaFixture.sql("UPDATE " + DeltaSql.table(t) + " SET qty = 11 WHERE id = 1;"
                + "UPDATE " + DeltaSql.table(t) + " SET qty = 10 WHERE id = 1;"
                + "INSERT INTO " + DeltaSql.table(t) + " VALUES (9, 'tmp', 0);"
                + "DELETE FROM " + DeltaSql.table(t) + " WHERE id = 9");
        VersionDiff d = diff(t, 4, 8, List.of("id"), true);
        assertThat(d.method()).isEqualTo("change data feed");
        assertThat(d.counts()).isEqualTo(new RowCounts(0, 0, 0));
        assertThat(d.rows()).isEmpty();
    }

    @Test
    void aFeedEnabledLaterIsUsedOnlyFromThen() {
        TableRef t = people("later", false);
        delta().enableChangeDataFeed(t, ctx()); // version 5
        DeltaFixture.sql("UPDATE " + DeltaSql.table(t) + " SET qty = 0 WHERE id = 1");
        assertThat(diff(t, 1, 6, List.of("id"), false).method()).isEqualTo("set difference");
        VersionDiff recent = diff(t, 5, 6, List.of("id"), false);
        assertThat(recent.method()).isEqualTo("change data feed");
        assertThat(recent.counts()).isEqualTo(new RowCounts(0, 0, 1));
    }

    @Test
    void refusesAKeyThatIsNotUniqueOrNotThere() {
        TableRef t = people("dupes", false);
        DeltaFixture.sql("INSERT INTO " + DeltaSql.table(t) + " VALUES (1, 'ann again', 11)");
        assertThatThrownBy(() -> diff(t, 1, 5, List.of("id"), false))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("The key (id) is not unique");
        assertThatThrownBy(() -> diff(t, 1, 5, List.of("email"), false))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Key column email is not in version 1 of " + t + "; its columns: id, name, qty");
        assertThat(diff(t, 1, 5, List.of("ID", "name"), false).keyColumns()).containsExactly("id", "name");
    }

    @Test
    void theSameVersionHasNoDifferences() {
        TableRef t = people("same", false);
        assertThat(diff(t, 2, 2, List.of("id"), true).counts()).isEqualTo(new RowCounts(0, 0, 0));
    }
}

package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.MaintenanceResult;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.RestorePreview;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.VacuumPlan;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.lakehouse.explorer.engine.spark.DeltaFixture.ctx;
import static dev.lakehouse.explorer.engine.spark.DeltaFixture.delta;
import static dev.lakehouse.explorer.engine.spark.DeltaFixture.kernel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RESTORE, VACUUM, OPTIMIZE and the change data feed switch. */
class MaintenanceTest {
    @TempDir
    Path tmp;

    @Test
    void previewsThenRestoresAnEarlierVersion() {
        TableRef t = DeltaFixture.table(tmp.resolve("restore"), """
                CREATE TABLE $t (id INT) USING delta;
                INSERT INTO $t VALUES (1), (2), (3);
                ALTER TABLE $t ADD COLUMNS (note STRING);
                INSERT INTO $t VALUES (4, 'x'), (5, 'y')""");
        RestorePreview p = delta().previewRestore(t, 1, ctx());
        assertThat(p.currentVersion()).isEqualTo(3);
        assertThat(p.targetVersion()).isEqualTo(1);
        assertThat(p.rowsNow()).isEqualTo(5);
        assertThat(p.rowsAfter()).isEqualTo(3);
        assertThat(p.schemaChange().removed()).containsExactly("note");
        assertThat(kernel().latestVersion(t)).isEqualTo(3); // a preview changes nothing

        MaintenanceResult r = delta().restore(t, 1, ctx());
        assertThat(r.operation()).isEqualTo("RESTORE");
        assertThat(r.newVersion()).isEqualTo(4);
        assertThat(r.metrics()).containsKeys("numRestoredFiles", "numRemovedFiles");
        assertThat(delta().count(t, TableQuery.latest(), ctx())).isEqualTo(3);
        assertThat(kernel().schema(t, null).simpleString()).isEqualTo("struct<id:int>");
    }

    @Test
    void aRestoreToTheCurrentVersionIsRefusedAndCommitsNothing() {
        TableRef t = DeltaFixture.table(tmp.resolve("restore-current"), "CREATE TABLE $t (id INT) USING delta; INSERT INTO $t VALUES (1)");
        assertThatThrownBy(() -> delta().restore(t, 1, ctx())).isInstanceOf(InvalidRequestException.class)
                .hasMessage("Version 1 is the current version of " + t + ": RESTORE would change nothing; pick an earlier version");
        assertThatThrownBy(() -> delta().previewRestore(t, 1, ctx())).isInstanceOf(InvalidRequestException.class);
        assertThat(kernel().latestVersion(t)).isEqualTo(1);
    }

    @Test
    void plansAVacuumListingFilesAndTheVersionsThatStopBeingReadable() throws Exception {
        TableRef t = DeltaFixture.table(tmp.resolve("vacuum"), """
                CREATE TABLE $t (id INT, part STRING) USING delta PARTITIONED BY (part);
                INSERT INTO $t VALUES (1, 'a b'), (2, 'c');
                INSERT OVERWRITE $t VALUES (3, 'a b');
                INSERT INTO $t VALUES (4, 'd')""");
        DeltaFixture.withoutRetentionCheck(() -> {
            VacuumPlan plan = delta().planVacuum(t, 0.0, ctx());
            assertThat(plan.retainHours()).isZero();
            assertThat(plan.files()).hasSize(2).allMatch(f -> f.startsWith("part=a%20b/") || f.startsWith("part=c/")
                    || f.startsWith("part=a b/"));
            assertThat(plan.files()).allMatch(f -> Files.exists(t.location().resolve(f)));
            assertThat(plan.bytes()).isPositive();
            assertThat(plan.versionsNoLongerReadable()).containsExactly(1L);
            assertThat(kernel().history(t)).allMatch(TableVersion::readable); // a plan deletes nothing

            VacuumPlan done = delta().vacuum(t, 0.0, ctx());
            assertThat(done.files()).isEqualTo(plan.files());
            assertThat(done.files()).noneMatch(f -> Files.exists(t.location().resolve(f)));
        });
        assertThat(kernel().history(t)).filteredOn(v -> !v.readable()).extracting(TableVersion::version).containsExactly(1L);
        assertThatThrownBy(() -> delta().count(t, TableQuery.atVersion(1), ctx()))
                .isInstanceOf(TableReadException.class)
                .hasMessage("Version 1 of " + t + " cannot be read: data files removed by VACUUM; versions 0, 2–5 can be read"); // 4, 5: VACUUM START, END
    }

    @Test
    void countsDeletionVectorFilesAsPartOfTheirVersions() {
        TableRef t = DeltaFixture.table(tmp.resolve("dv"), """
                CREATE TABLE $t (id INT) USING delta TBLPROPERTIES (delta.enableDeletionVectors = true);
                INSERT INTO $t SELECT CAST(id AS INT) FROM range(20);
                DELETE FROM $t WHERE id = 1;
                DELETE FROM $t WHERE id = 2""");
        DeltaFixture.withoutRetentionCheck(() -> {
            VacuumPlan plan = delta().planVacuum(t, 0.0, ctx());
            assertThat(plan.files()).singleElement().asString().startsWith("deletion_vector_");
            assertThat(plan.versionsNoLongerReadable()).containsExactly(2L);
            delta().vacuum(t, 0.0, ctx());
        });
        // The compute-free history must agree with the plan: version 2 lost its deletion vector, the rest did not.
        assertThat(kernel().history(t)).filteredOn(v -> !v.readable()).extracting(TableVersion::version).containsExactly(2L);
        assertThatThrownBy(() -> kernel().firstRows(t, 2L, 10)).isInstanceOf(TableReadException.class)
                .hasMessageContaining("Version 2 of " + t + " cannot be read");
        assertThat(kernel().firstRows(t, 3L, 100).rows()).hasSize(18);
    }

    @Test
    void aDeletionVectorFileSharedByTwoDataFilesCountsUntilBothLetGo() {
        TableRef t = DeltaFixture.table(tmp.resolve("dv-shared"), """
                CREATE TABLE $t (id INT) USING delta TBLPROPERTIES (delta.enableDeletionVectors = true);
                INSERT INTO $t SELECT CAST(id AS INT) FROM range(0, 40, 1, 2);
                DELETE FROM $t WHERE id IN (1, 21);
                DELETE FROM $t WHERE id = 2;
                DELETE FROM $t WHERE id = 22""");
        DeltaFixture.withoutRetentionCheck(() -> {
            VacuumPlan plan = delta().planVacuum(t, 0.0, ctx());
            assertThat(plan.versionsNoLongerReadable()).containsExactly(2L, 3L);
            delta().vacuum(t, 0.0, ctx());
        });
        assertThat(kernel().history(t)).filteredOn(v -> !v.readable()).extracting(TableVersion::version)
                .containsExactly(3L, 2L);
    }

    @Test
    void keepsDeltasRetentionSafetyCheckAndExplainsIt() {
        TableRef t = DeltaFixture.table(tmp.resolve("safe"), "CREATE TABLE $t (id INT) USING delta; INSERT INTO $t VALUES (1)");
        assertThatThrownBy(() -> delta().planVacuum(t, 1.0, ctx()))
                .isInstanceOf(QueryException.class)
                .hasMessageStartingWith("VACUUM refused: retaining 1 h is below the table's retention of 168 h"
                        + " (delta.deletedFileRetentionDuration). Delta's safety check")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> delta().vacuum(t, 0.5, ctx())).hasMessageStartingWith("VACUUM refused: retaining 0.5 h");
        VacuumPlan nothing = delta().planVacuum(t, null, ctx());
        assertThat(nothing.retainHours()).isEqualTo(168.0);
        assertThat(nothing.files()).isEmpty();
        assertThat(nothing.versionsNoLongerReadable()).isEmpty();
    }

    @Test
    void optimizesWithZOrderAndReportsDeltasMetrics() {
        TableRef t = DeltaFixture.table(tmp.resolve("optimize"), """
                CREATE TABLE $t (id INT, city STRING) USING delta;
                INSERT INTO $t VALUES (1, 'Delft');
                INSERT INTO $t VALUES (2, 'Gouda');
                INSERT INTO $t VALUES (3, 'Leiden')""");
        MaintenanceResult r = delta().optimize(t, List.of("city", "id"), ctx());
        assertThat(r.operation()).isEqualTo("OPTIMIZE");
        assertThat(r.newVersion()).isEqualTo(4);
        assertThat(r.metrics()).containsEntry("numRemovedFiles", "3").containsEntry("numAddedFiles", "1");
        assertThat(delta().history(t, ctx()).get(0).operationParameters()).containsEntry("zOrderBy", "[\"city\",\"id\"]");
        assertThat(delta().count(t, TableQuery.latest(), ctx())).isEqualTo(3);

        MaintenanceResult again = delta().optimize(t, List.of(), ctx()); // nothing to compact: no commit
        assertThat(again.newVersion()).isEqualTo(4);
        assertThat(again.metrics()).containsEntry("numFilesAdded", "0");
        assertThatThrownBy(() -> delta().optimize(t, List.of("nope"), ctx())).isInstanceOf(QueryException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void enablesTheChangeDataFeed() {
        TableRef t = DeltaFixture.table(tmp.resolve("cdf"), "CREATE TABLE $t (id INT) USING delta");
        MaintenanceResult r = delta().enableChangeDataFeed(t, ctx());
        assertThat(r.operation()).isEqualTo("SET TBLPROPERTIES");
        assertThat(r.newVersion()).isEqualTo(1);
        assertThat(kernel().detail(t, null).properties()).containsEntry("delta.enableChangeDataFeed", "true");
    }
}

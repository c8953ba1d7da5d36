package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.sql.QueryHistory;
import dev.lakehouse.explorer.engine.sql.QueryRecord;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewModelTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    @TempDir
    Path dir;
    private final SecretRedactor redactor = new SecretRedactor();

    private QueryHistory store() {
        return new QueryHistory(dir.resolve("query-history.jsonl"), redactor);
    }

    private static QueryRecord run(String sql, int second) {
        return QueryRecord.succeeded(sql, T0.plusSeconds(second), 5, 1L, false);
    }

    @Test
    void showingTheListReadsTheFileOnceNewestFirst() {
        var store = store();
        store.append(run("SELECT 1", 1));
        store.append(run("SELECT 2", 2));
        var runner = new QueuedTaskRunner();
        var vm = new HistoryViewModel(store, runner);
        assertThat(runner.pending()).isZero(); // nothing read until shown

        vm.visibleProperty().set(true);
        runner.runAll();
        vm.visibleProperty().set(false);
        vm.visibleProperty().set(true);

        assertThat(runner.pending()).isZero();
        assertThat(vm.shown()).extracting(QueryRecord::statement).containsExactly("SELECT 2", "SELECT 1");
    }

    @Test
    void aRunRecordedBeforeTheFileIsReadIsShownOnce() {
        var store = store();
        store.append(run("SELECT old", 1));
        var runner = new QueuedTaskRunner();
        var vm = new HistoryViewModel(store, runner);

        vm.record(run("SELECT new", 2));
        runner.runAll(); // the append
        vm.visibleProperty().set(true);
        runner.runAll(); // the read, which finds the new run in the file too

        assertThat(vm.shown()).extracting(QueryRecord::statement).containsExactly("SELECT new", "SELECT old");
    }

    @Test
    void filtersByTextAndError() {
        var vm = new HistoryViewModel(store(), new DirectTaskRunner());
        vm.record(run("SELECT * FROM bronze.orders_raw", 1));
        vm.record(run("select count(*) from silver.customers", 2));
        vm.record(QueryRecord.failed("SELEC 1", T0, 1, "Syntax error at or near 'SELEC'"));

        vm.filterProperty().set("  ORDERS ");
        assertThat(vm.shown()).extracting(QueryRecord::statement).containsExactly("SELECT * FROM bronze.orders_raw");
        vm.filterProperty().set("syntax");
        assertThat(vm.shown()).extracting(QueryRecord::statement).containsExactly("SELEC 1");
        vm.filterProperty().set("");
        assertThat(vm.shown()).hasSize(3);
    }

    @Test
    void openingARunPutsItsTextInTheEditor() {
        var vm = new HistoryViewModel(store(), new DirectTaskRunner());
        List<String> opened = new ArrayList<>();
        vm.setOnOpen(opened::add);
        vm.record(run("SELECT 42", 1));

        vm.open(vm.shown().get(0));

        assertThat(opened).containsExactly("SELECT 42");
    }

    @Test
    void theListShowsWhatTheFileHoldsWithSecretsMasked() throws Exception {
        redactor.register("p4ssw0rd!");
        var store = store();
        var vm = new HistoryViewModel(store, new DirectTaskRunner());

        vm.record(run("SELECT * FROM t WHERE pin = 'p4ssw0rd!'", 1));

        assertThat(vm.shown().get(0).statement()).isEqualTo("SELECT * FROM t WHERE pin = '[REDACTED]'");
        assertThat(Files.readString(store.file())).doesNotContain("p4ssw0rd!");
    }

    @Test
    void aFailedSaveIsReportedNotThrown() {
        var vm = new HistoryViewModel(new QueryHistory(dir.resolve("missing/deeper/h.jsonl"), redactor),
                new DirectTaskRunner());

        vm.record(run("SELECT 1", 1));

        assertThat(vm.shown()).hasSize(1);
        assertThat(vm.problemProperty().get()).startsWith("Could not save the query history");
    }
}

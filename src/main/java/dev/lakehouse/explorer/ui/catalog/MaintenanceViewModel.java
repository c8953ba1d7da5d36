package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.ui.common.Sizes;
import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.RestorePreview;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.VacuumPlan;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.ui.common.EngineCall;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * The Maintenance tab: RESTORE, VACUUM, OPTIMIZE (with Z-ORDER) and enabling the change data feed. What deletes or
 * rewrites history is asked first: RESTORE shows its preview, VACUUM its dry run, and nothing runs until the user
 * confirms. One operation runs at a time, with progress and Cancel; the page reads the table again afterwards.
 */
public final class MaintenanceViewModel {
    private final TablePageViewModel page;
    private final ObservableList<Long> restoreVersions = FXCollections.observableArrayList();
    private final ObjectProperty<Long> restoreVersion = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RestorePreview> restorePreview = new ReadOnlyObjectWrapper<>();
    private final StringProperty retainHours = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<VacuumPlan> vacuumPlan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> zOrderColumns = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper changeDataFeedOn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper changeDataFeedAsked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private RunningTask task;
    private long latestVersion = -1;

    MaintenanceViewModel(TablePageViewModel page) {
        this.page = page;
    }

    /** Asks the engine what RESTORE to the chosen version would do; {@link #confirmRestore()} then runs it. */
    public void previewRestore() {
        Long version = restoreVersion.get();
        if (version == null) {
            error.show(new InvalidRequestException("Choose the version to restore."));
            return;
        }
        var table = page.ref();
        run("Previewing RESTORE of " + page.title(), (d, ctx) -> d.previewRestore(table, version, ctx), restorePreview::set);
    }

    public void confirmRestore() {
        RestorePreview preview = restorePreview.get();
        if (preview == null) {
            return;
        }
        restorePreview.set(null);
        var table = page.ref();
        run("Restoring " + page.title() + " to version " + preview.targetVersion(),
                (d, ctx) -> d.restore(table, preview.targetVersion(), ctx), result -> changed("Restored to version "
                        + preview.targetVersion() + " as new version " + result.newVersion() + "."));
    }

    public void dismissRestore() {
        restorePreview.set(null);
    }

    /** The dry run of VACUUM: files it would delete and versions it would make unreadable; deletes nothing. */
    public void planVacuum() {
        Double hours;
        try {
            hours = hours();
        } catch (InvalidRequestException e) {
            error.show(e);
            return;
        }
        var table = page.ref();
        run("Planning VACUUM of " + page.title(), (d, ctx) -> d.planVacuum(table, hours, ctx), vacuumPlan::set);
    }

    /** Runs the VACUUM whose dry run is shown, with the same retention. */
    public void confirmVacuum() {
        VacuumPlan plan = vacuumPlan.get();
        if (plan == null) {
            return;
        }
        vacuumPlan.set(null);
        var table = page.ref();
        run("Vacuuming " + page.title(), (d, ctx) -> d.vacuum(table, plan.retainHours(), ctx), done -> changed(
                "VACUUM deleted " + done.files().size() + (done.files().size() == 1 ? " file" : " files")
                        + " (" + Sizes.human(done.bytes()) + ")."));
    }

    public void dismissVacuum() {
        vacuumPlan.set(null);
    }

    /** OPTIMIZE, Z-ordered by the chosen columns when there are any. Rewrites files, not data: no confirmation. */
    public void optimize() {
        var table = page.ref();
        List<String> zOrder = List.copyOf(zOrderColumns);
        run("Optimizing " + page.title(), (d, ctx) -> d.optimize(table, zOrder, ctx),
                result -> changed("OPTIMIZE committed version " + result.newVersion() + ": "
                        + HistoryText.metrics(result.metrics()) + "."));
    }

    /** Asks before enabling the change data feed: it may raise the table's protocol, which cannot be undone. */
    public void askEnableChangeDataFeed() {
        changeDataFeedAsked.set(true);
    }

    public void confirmEnableChangeDataFeed() {
        if (!changeDataFeedAsked.get()) {
            return;
        }
        changeDataFeedAsked.set(false);
        var table = page.ref();
        run("Enabling the change data feed of " + page.title(), (d, ctx) -> d.enableChangeDataFeed(table, ctx),
                result -> changed("Change data feed enabled from version " + result.newVersion() + "."));
    }

    public void dismissChangeDataFeed() {
        changeDataFeedAsked.set(false);
    }

    /** Dismisses the notice and the error. */
    public void clearMessages() {
        notice.set("");
        error.clear();
    }

    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    void historyChanged(List<TableVersion> history) {
        long latest = history.stream().mapToLong(TableVersion::version).max().orElse(-1);
        if (latest != latestVersion) {
            latestVersion = latest;
            vacuumPlan.set(null); // a dry run of an older version would not list what VACUUM deletes now
        }
        restoreVersions.setAll(history.stream().filter(TableVersion::readable).map(TableVersion::version)
                .filter(v -> v != latest).toList());
        if (!restoreVersions.contains(restoreVersion.get())) {
            restoreVersion.set(null);
        }
    }

    void detailChanged(TableDetail detail) {
        changeDataFeedOn.set("true".equalsIgnoreCase(detail.properties().get("delta.enableChangeDataFeed")));
    }

    void columnsChanged(List<String> names) {
        columns.setAll(names);
        zOrderColumns.retainAll(names);
    }

    private <T> void run(String title, DeltaWork<T> call, Consumer<T> onSuccess) {
        if (running.get()) {
            return;
        }
        error.clear();
        notice.set("");
        running.set(true);
        progressMessage.set(title + "…");
        EngineCall<T> engineCall = ctx -> call.call(DeltaAccess.delta(page.engine()), ctx);
        task = page.runner().submit(title, engineCall, value -> {
            finish();
            onSuccess.accept(value);
        }, t -> {
            finish();
            if (t instanceof JobCancelledException) {
                notice.set("Cancelled: " + title + ".");
            } else {
                error.show(t);
            }
        });
        if (running.get()) { // a direct runner has settled already
            progress.bind(task.progressProperty());
            progressMessage.bind(task.messageProperty());
        }
    }

    private void finish() {
        progress.unbind();
        progressMessage.unbind();
        progress.set(-1);
        progressMessage.set("");
        running.set(false);
    }

    private void changed(String message) {
        notice.set(message);
        page.showLatestAfterChange();
    }

    private Double hours() {
        String text = retainHours.get() == null ? "" : retainHours.get().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double h = Double.parseDouble(text);
            if (h >= 0) {
                return h;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new InvalidRequestException("Retention is a number of hours, e.g. 168 (blank: the table's own).");
    }

    /** Versions RESTORE can go back to: readable ones before the latest, newest first. */
    public ObservableList<Long> restoreVersions() {
        return restoreVersions;
    }

    public ObjectProperty<Long> restoreVersionProperty() {
        return restoreVersion;
    }

    /** The preview waiting for the user's confirmation, or null. */
    public ReadOnlyObjectProperty<RestorePreview> restorePreviewProperty() {
        return restorePreview.getReadOnlyProperty();
    }

    /** The question the RESTORE confirmation asks, for the waiting preview. */
    public String restoreQuestion() {
        RestorePreview p = restorePreview.get();
        return p == null ? "" : MaintenanceText.restoreQuestion(page.title(), p);
    }

    /** VACUUM's retention in hours; blank for the table's own (7 days unless set). */
    public StringProperty retainHoursProperty() {
        return retainHours;
    }

    /** The dry run waiting for the user's confirmation, or null. */
    public ReadOnlyObjectProperty<VacuumPlan> vacuumPlanProperty() {
        return vacuumPlan.getReadOnlyProperty();
    }

    public String vacuumSummary() {
        VacuumPlan plan = vacuumPlan.get();
        return plan == null ? "" : MaintenanceText.vacuumSummary(plan);
    }

    public ObservableList<String> columns() {
        return columns;
    }

    /** The columns OPTIMIZE Z-orders by; empty for plain compaction. */
    public ObservableList<String> zOrderColumns() {
        return zOrderColumns;
    }

    /** Whether the shown version has the change data feed on. */
    public ReadOnlyBooleanProperty changeDataFeedOnProperty() {
        return changeDataFeedOn.getReadOnlyProperty();
    }

    /** True while "Enable change data feed" waits for the user's confirmation. */
    public ReadOnlyBooleanProperty changeDataFeedAskedProperty() {
        return changeDataFeedAsked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }

    /** One operation's work on the Delta service, under the job context the task runner made. */
    @FunctionalInterface
    private interface DeltaWork<T> {
        T call(DeltaTableService delta, JobContext ctx) throws Exception;
    }
}

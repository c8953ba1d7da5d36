package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.ui.common.Sizes;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.RestorePreview;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.VacuumPlan;
import dev.lakehouse.explorer.ui.common.ValueFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of the Maintenance confirmations, built from the engine's preview and dry run. */
public final class MaintenanceText {

    private MaintenanceText() {
    }

    /** The RESTORE confirmation: rows now → after, the schema change, and that history is kept. */
    public static String restoreQuestion(String table, RestorePreview p) {
        var schema = CompareViewModel.schemaLines(p.schemaChange());
        return "Restore " + table + " to version " + p.targetVersion() + "?\n\n"
                + "Rows: " + ValueFormat.count(p.rowsNow()) + " now → " + ValueFormat.count(p.rowsAfter()) + " after.\n"
                + "Schema: " + (schema.isEmpty() ? "unchanged." : String.join("; ", schema) + ".") + "\n\n"
                + "RESTORE commits a new version after " + p.currentVersion() + "; the versions in between stay in "
                + "the history.";
    }

    /** The VACUUM dry run in one paragraph: what goes, how big, which versions stop being readable. */
    public static String vacuumSummary(VacuumPlan plan) {
        String retention = String.format(Locale.ROOT, "%s hours", trim(plan.retainHours()));
        if (plan.files().isEmpty()) {
            return "Nothing to delete: no unreferenced files older than " + retention + ".";
        }
        String lost = plan.versionsNoLongerReadable().isEmpty() ? "Every version stays readable."
                : (plan.versionsNoLongerReadable().size() == 1 ? "Version " : "Versions ")
                + ranges(plan.versionsNoLongerReadable()) + " will no longer be readable (time travel to "
                + (plan.versionsNoLongerReadable().size() == 1 ? "it" : "them") + " stops working).";
        return "VACUUM will delete " + ValueFormat.count(plan.files().size())
                + (plan.files().size() == 1 ? " file" : " files") + " (" + Sizes.human(plan.bytes())
                + ") no longer referenced for more than " + retention + ". " + lost;
    }

    /** {@code 0–5, 7, 9–10} for versions 0,1,2,3,4,5,7,9,10. */
    public static String ranges(List<Long> versions) {
        List<Long> sorted = versions.stream().sorted().toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? String.valueOf(sorted.get(i)) : sorted.get(i) + "–" + sorted.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static String trim(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}

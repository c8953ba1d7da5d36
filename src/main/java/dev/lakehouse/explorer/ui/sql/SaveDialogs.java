package dev.lakehouse.explorer.ui.sql;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * The file dialogs of the SQL panel: where to export a result or save a chart, and "replace the existing file?"
 * whenever the {@link ExportViewModel} finds one in the way.
 */
final class SaveDialogs {
    private static final FileChooser.ExtensionFilter CSV =
            new FileChooser.ExtensionFilter("CSV, with a header line", "*.csv");
    private static final FileChooser.ExtensionFilter PARQUET = new FileChooser.ExtensionFilter("Parquet", "*.parquet");
    private static final FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG image", "*.png");
    private static final Pattern FIRST_TABLE = Pattern.compile("(?i)\\bfrom\\s+((?:`[^`]*`|[\\w.])+)");
    private final Node owner;
    private File lastFolder;

    SaveDialogs(Node owner, ExportViewModel export) {
        this.owner = owner;
        export.pendingOverwriteProperty().addListener((obs, old, file) -> {
            if (file != null) {
                confirmOverwrite(file, export);
            }
        });
    }

    Optional<Path> chooseExportTarget(ResultTabViewModel tab) {
        var chooser = chooser("Export the whole result", CSV, PARQUET);
        chooser.setInitialFileName(tab == null ? "result" : fileNameOf(tab.statement()));
        return show(chooser);
    }

    Optional<Path> choosePngTarget() {
        var chooser = chooser("Save the chart as PNG", PNG);
        chooser.setInitialFileName("chart.png");
        return show(chooser);
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        chooser.setSelectedExtensionFilter(filters[0]);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> show(FileChooser chooser) {
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(withExtension(file.toPath(), chooser.getSelectedExtensionFilter(),
                chooser.getExtensionFilters()));
    }

    /**
     * The name with the chosen filter's extension, unless it already ends with one the dialog offers: the user
     * who typed {@code x.parquet} with the CSV filter selected meant Parquet.
     */
    static Path withExtension(Path file, FileChooser.ExtensionFilter chosen, List<FileChooser.ExtensionFilter> all) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean hasOne = all.stream().flatMap(f -> f.getExtensions().stream())
                .anyMatch(pattern -> name.endsWith(pattern.substring(1))); // "*.csv" -> ".csv"
        if (hasOne || chosen == null) {
            return file;
        }
        return file.resolveSibling(file.getFileName() + chosen.getExtensions().get(0).substring(1));
    }

    /** A file name from the first table a statement reads, else "result". */
    static String fileNameOf(String statement) {
        var m = FIRST_TABLE.matcher(statement);
        String base = m.find() ? m.group(1).replace("`", "").replaceAll("[^\\w.-]", "_") : "result";
        return base.isBlank() ? "result" : base;
    }

    private void confirmOverwrite(Path file, ExportViewModel export) {
        var replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "A file named " + file.getFileName() + " already exists in "
                + file.toAbsolutePath().getParent() + ". Replacing it overwrites its contents.", replace, ButtonType.CANCEL);
        alert.setTitle("Lakehouse Explorer");
        alert.setHeaderText("Replace " + file.getFileName() + "?");
        if (window() != null) {
            alert.initOwner(window());
        }
        // show(), not showAndWait(): this runs from a property change, possibly inside a pulse
        alert.setOnHidden(e -> {
            if (alert.getResult() == replace) {
                export.confirmOverwrite();
            } else {
                export.keepExisting();
            }
        });
        alert.show();
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}

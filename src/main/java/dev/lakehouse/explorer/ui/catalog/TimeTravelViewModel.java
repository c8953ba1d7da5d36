package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.ui.common.InlineError;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Time travel: which version the page shows, chosen from the history or as of a date and time, the banner that
 * says so, and "Open in SQL" for the same version.
 */
public final class TimeTravelViewModel {
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("H:mm[:ss]", Locale.ROOT);
    private final TablePageViewModel page;
    private final ZoneId zone;
    private final Consumer<String> onOpenSql;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final InlineError error = new InlineError();
    private final StringBinding banner;

    TimeTravelViewModel(TablePageViewModel page, ZoneId zone, Consumer<String> onOpenSql) {
        this.page = page;
        this.zone = zone;
        this.onOpenSql = onOpenSql;
        banner = Bindings.createStringBinding(this::bannerText, page.shownVersionProperty(),
                page.latestVersionProperty(), page.history());
    }

    /** Shows every tab as of {@code version}; an unreadable version is refused with its reason. */
    public void showVersion(long version) {
        error.clear();
        try {
            page.showVersion(version);
        } catch (TableReadException e) {
            error.show(e);
        }
    }

    /** Shows the version that was current at the chosen date and time (blank time: the end of that day). */
    public void showVersionAtChosenTime() {
        error.clear();
        Instant at;
        try {
            at = chosenInstant();
        } catch (InvalidRequestException e) {
            error.show(e);
            return;
        }
        var table = page.ref();
        page.runner().submit("Finding the version at " + MINUTES.format(at.atZone(zone)),
                ctx -> page.engine().tables().versionAt(table, at), version -> {
                    if (version == null) {
                        error.show(new TableReadException("No version of " + page.title() + " was committed by "
                                + MINUTES.format(at.atZone(zone)) + "."));
                    } else {
                        showVersion(version);
                    }
                }, error::show);
    }

    /** Back to the latest version, following new commits again. */
    public void backToLatest() {
        error.clear();
        page.showVersion(null);
    }

    /** Puts a query of the shown version into the SQL panel and switches to it. */
    public void openInSql() {
        onOpenSql.accept(sqlStatement());
    }

    String sqlStatement() {
        Long version = page.version();
        return "SELECT * FROM " + tableExpression() + (version == null ? "" : " VERSION AS OF " + version);
    }

    private String tableExpression() {
        String name = page.name();
        if (name == null || name.indexOf('.') < 0) { // a table by its folder, on this machine or on storage
            return "delta." + SqlText.ident(page.ref().sparkPath());
        }
        int dot = name.indexOf('.');
        String schema = name.substring(0, dot);
        String table = name.substring(dot + 1);
        return SqlText.isPlainName(schema) && SqlText.isPlainName(table) ? name : SqlText.qualified(schema, table);
    }

    private Instant chosenInstant() {
        if (date.get() == null) {
            throw new InvalidRequestException("Choose a date first.");
        }
        String text = time.get() == null ? "" : time.get().trim();
        try {
            LocalTime at = text.isEmpty() ? LocalTime.MAX : LocalTime.parse(text, TIME_OF_DAY);
            return date.get().atTime(at).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Not a time of day: \"" + text + "\" — write it as 14:30 or 14:30:15.");
        }
    }

    private String bannerText() {
        Long version = page.shownVersionProperty().get();
        if (version == null) {
            return "";
        }
        String when = page.versionEntry(version).map(TableVersion::timestamp)
                .map(t -> " — " + MINUTES.format(t.atZone(zone))).orElse("");
        long latest = page.latestVersionProperty().get();
        return "Showing version " + version + (latest >= 0 ? " of " + latest : "") + when;
    }

    /** "Showing version 3 of 12 — 2026-11-20 10:31"; empty while the latest version shows. */
    public StringBinding bannerProperty() {
        return banner;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The time of day for {@link #dateProperty()}, as HH:mm or HH:mm:ss in the local time zone. */
    public StringProperty timeProperty() {
        return time;
    }

    public InlineError error() {
        return error;
    }
}

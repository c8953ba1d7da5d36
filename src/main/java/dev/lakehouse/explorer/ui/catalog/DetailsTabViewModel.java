package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.ui.common.Sizes;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Details tab: what {@code DESCRIBE DETAIL} says about the shown version, as label–value lines. */
public final class DetailsTabViewModel {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private final ZoneId zone;
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<Fact> properties = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TableDetail> detail = new ReadOnlyObjectWrapper<>();
    private final InlineError error = new InlineError();

    /** One line of the tab. */
    public record Fact(String label, String value) {
    }

    DetailsTabViewModel(ZoneId zone) {
        this.zone = zone;
    }

    void show(TableDetail d) {
        error.clear();
        detail.set(d);
        List<Fact> list = new ArrayList<>();
        list.add(new Fact("Location", d.location().toString()));
        list.add(new Fact("Format", d.format()));
        list.add(new Fact("Version", String.valueOf(d.version())));
        list.add(new Fact("Size", Sizes.human(d.sizeInBytes())));
        list.add(new Fact("Files", ValueFormat.count(d.numFiles())));
        list.add(new Fact("Partitioned by", d.partitionColumns().isEmpty() ? "not partitioned"
                : String.join(", ", d.partitionColumns())));
        list.add(new Fact("Protocol", "reader " + d.minReaderVersion() + " · writer " + d.minWriterVersion()));
        list.add(new Fact("Table features", d.tableFeatures().isEmpty() ? "none" : String.join(", ", d.tableFeatures())));
        list.add(new Fact("Created", time(d.createdAt())));
        list.add(new Fact("Last modified", time(d.lastModified())));
        list.add(new Fact("Table id", orDash(d.id())));
        if (d.name() != null) {
            list.add(new Fact("Name", d.name()));
        }
        if (d.description() != null) {
            list.add(new Fact("Description", d.description()));
        }
        facts.setAll(list);
        properties.setAll(d.properties().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Fact(e.getKey(), e.getValue())).toList());
    }

    void failed(Throwable t) {
        detail.set(null);
        facts.clear();
        properties.clear();
        error.show(t);
    }

    private String time(Instant t) {
        return t == null ? "unknown" : SECONDS.format(t.atZone(zone));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    /** Table properties, by key. */
    public ObservableList<Fact> properties() {
        return properties;
    }

    /** The detail shown, or null. */
    public ReadOnlyObjectProperty<TableDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }
}

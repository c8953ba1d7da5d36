package dev.lakehouse.explorer.ui.medallion;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The form of the step under the caret. Text fields write to the YAML when Enter is pressed or they lose the focus;
 * choices and table edits write at once.
 */
final class StepFormView extends StackPane {
    private final StepFormViewModel vm;
    private final GridPane grid = new GridPane();
    private int row;

    StepFormView(StepFormViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        var error = Banner.error(vm.error(), errors);
        error.setId("step-form-error");
        grid.getStyleClass().add("step-form-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        var labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        var values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        buildFields();
        var content = new VBox(12, header(), error, grid, sectionTitle("Columns"), columnsTable(),
                sectionTitle("Expectations"), expectationsTable());
        content.getStyleClass().add("step-form");
        var scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-form-pane");
        var empty = emptyState();
        BooleanBinding none = vm.stepProperty().isNull();
        scroll.visibleProperty().bind(none.not());
        empty.visibleProperty().bind(none);
        getChildren().addAll(scroll, empty);
        setId("step-form");
    }

    private Node header() {
        var title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.concat("Step ", vm.stepProperty()));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var remove = new Button("Remove step", new FontIcon(Material2AL.DELETE));
        remove.setId("step-remove");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        remove.setOnAction(e -> vm.removeStep());
        var box = new HBox(10, title, spacer, addStepMenu(), remove);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    MenuButton addStepMenu() {
        var add = new MenuButton("Add step", new FontIcon(Material2AL.ADD));
        add.setId("step-add");
        add.getStyleClass().add(Styles.FLAT);
        for (StepKind k : StepKind.values()) {
            var item = new MenuItem(kindLabel(k));
            item.setOnAction(e -> vm.addStep(k));
            add.getItems().add(item);
        }
        return add;
    }

    private void buildFields() {
        var kind = new ComboBox<>(FXCollections.observableArrayList(StepKind.values()));
        kind.setId("step-kind");
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(StepKind k) {
                return k == null ? "" : kindLabel(k);
            }

            @Override
            public StepKind fromString(String s) {
                return null;
            }
        });
        vm.kindProperty().addListener((obs, old, k) -> kind.setValue(k));
        kind.setOnAction(e -> vm.changeKind(kind.getValue()));
        BooleanBinding ingest = vm.kindProperty().isEqualTo(StepKind.INGEST);
        BooleanBinding transform = vm.kindProperty().isEqualTo(StepKind.TRANSFORM);
        BooleanBinding sql = vm.kindProperty().isEqualTo(StepKind.SQL);

        add("Name", text(FormField.NAME, "step-name"), null);
        add("Kind", kind, null);
        add("Source format", choice(FormField.SOURCE_FORMAT, "step-source-format", "csv", "json", "parquet"), ingest);
        add("Source folder", text(FormField.SOURCE_PATH, "step-source-path"), ingest);
        add("From", text(FormField.FROM, "step-from"), transform);
        add("SQL", area(FormField.SQL, "step-sql"), sql);
        add("Where", text(FormField.WHERE, "step-where"), ingest.not());
        add("Target", text(FormField.TARGET, "step-target"), null);
        add("Write mode", choice(FormField.WRITE_MODE, "step-write-mode", "", "overwrite", "append", "merge"), null);
        add("Merge key", text(FormField.WRITE_KEY, "step-write-key"),
                vm.field(FormField.WRITE_MODE).isEqualTo("merge"));
    }

    private void add(String label, Node field, BooleanBinding shownWhen) {
        var name = new Label(label);
        name.getStyleClass().add("form-label");
        name.setLabelFor(field);
        grid.addRow(row++, name, field);
        if (shownWhen != null) {
            for (Node n : new Node[] {name, field}) {
                n.visibleProperty().bind(shownWhen);
                n.managedProperty().bind(shownWhen);
            }
        }
    }

    private TextField text(FormField f, String id) {
        var field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(vm.field(f));
        field.setOnAction(e -> vm.commit(f));
        commitOnBlur(field, f);
        return field;
    }

    private TextArea area(FormField f, String id) {
        var field = new TextArea();
        field.setId(id);
        field.setPrefRowCount(4);
        field.setWrapText(true);
        field.getStyleClass().add("step-sql");
        field.textProperty().bindBidirectional(vm.field(f));
        field.setTooltip(new Tooltip("Written to the spec when you leave the field"));
        commitOnBlur(field, f);
        return field;
    }

    private void commitOnBlur(TextInputControl field, FormField f) {
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (was && !focused) {
                vm.commit(f);
            }
        });
    }

    private ComboBox<String> choice(FormField f, String id, String... options) {
        var box = new ComboBox<>(FXCollections.observableArrayList(options));
        box.setId(id);
        box.valueProperty().bindBidirectional(vm.field(f));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? "default" : s;
            }

            @Override
            public String fromString(String s) {
                return "default".equals(s) ? "" : s;
            }
        });
        box.setOnAction(e -> vm.commit(f));
        return box;
    }

    private TableView<ColumnRow> columnsTable() {
        TableView<ColumnRow> table = editableTable("step-columns", "No columns: every input column is kept.");
        table.setItems(vm.columns());
        table.getColumns().add(StepFormView.<ColumnRow>textColumn("Column", 0.3, ColumnRow::nameProperty, (r, v) -> r.nameProperty().set(v),
                vm::commitColumns));
        table.getColumns().add(StepFormView.<ColumnRow>textColumn("SQL expression", 0.68, ColumnRow::expressionProperty,
                (r, v) -> r.expressionProperty().set(v), vm::commitColumns));
        return withButtons(table, () -> focusNew(table, vm.addColumn()), () -> {
            ColumnRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                vm.removeColumn(selected);
            }
        });
    }

    private TableView<ExpectationRow> expectationsTable() {
        TableView<ExpectationRow> table = editableTable("step-expectations", "No expectations: every row is accepted.");
        table.setItems(vm.expectations());
        table.getColumns().add(StepFormView.<ExpectationRow>textColumn("Name", 0.25, ExpectationRow::nameProperty,
                (r, v) -> r.nameProperty().set(v), vm::commitExpectations));
        table.getColumns().add(StepFormView.<ExpectationRow>textColumn("Rule (SQL)", 0.5, ExpectationRow::ruleProperty,
                (r, v) -> r.ruleProperty().set(v), vm::commitExpectations));
        var action = new TableColumn<ExpectationRow, ExpectationAction>("Action");
        action.setCellValueFactory(c -> c.getValue().actionProperty());
        action.setCellFactory(ComboBoxTableCell.forTableColumn(ExpectationAction.values()));
        action.setOnEditCommit(e -> {
            e.getRowValue().actionProperty().set(e.getNewValue());
            vm.commitExpectations();
        });
        action.prefWidthProperty().bind(table.widthProperty().multiply(0.22));
        table.getColumns().add(action);
        return withButtons(table, () -> focusNew(table, vm.addExpectation()), () -> {
            ExpectationRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                vm.removeExpectation(selected);
            }
        });
    }

    private static <T> TableView<T> editableTable(String id, String empty) {
        var table = new TableView<T>();
        table.setId(id);
        table.setEditable(true);
        table.setPrefHeight(170);
        table.setPlaceholder(new Label(empty));
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "step-table");
        return table;
    }

    private static <T> TableColumn<T, String> textColumn(String title, double share,
                                                         Function<T, javafx.beans.value.ObservableValue<String>> value,
                                                         BiConsumer<T, String> set, Runnable commit) {
        var col = new TableColumn<T, String>(title);
        col.setCellValueFactory(c -> value.apply(c.getValue()));
        col.setCellFactory(TextFieldTableCell.forTableColumn());
        col.setOnEditCommit(e -> {
            set.accept(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue());
            commit.run();
        });
        col.setSortable(false);
        col.prefWidthProperty().bind(Bindings.selectDouble(col.tableViewProperty(), "width").multiply(share));
        return col;
    }

    /** The table with Add and Remove beside it; Insert and Delete do the same from the keyboard. */
    private static <T> TableView<T> withButtons(TableView<T> table, Runnable add, Runnable remove) {
        table.setOnKeyPressed(e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == javafx.scene.input.KeyCode.INSERT) {
                add.run();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                remove.run();
                e.consume();
            }
        });
        var addItem = new MenuItem("Add row (Insert)");
        addItem.setOnAction(e -> add.run());
        var removeItem = new MenuItem("Remove row (Delete)");
        removeItem.setOnAction(e -> remove.run());
        table.setContextMenu(new javafx.scene.control.ContextMenu(addItem, removeItem));
        table.setTooltip(new Tooltip("Double-click a cell to edit; Insert adds a row, Delete removes it"));
        return table;
    }

    private static <T> void focusNew(TableView<T> table, T row) {
        int index = table.getItems().indexOf(row);
        if (index >= 0) {
            table.getSelectionModel().select(index);
            table.requestFocus();
            table.edit(index, table.getColumns().get(0));
        }
    }

    private Node sectionTitle(String text) {
        var label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "section-title");
        return label;
    }

    private Node emptyState() {
        var hint = new Label("Put the caret in a step of the spec, or choose a node of the lineage, to edit it here.",
                new FontIcon(Material2AL.EDIT));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("empty-state", Styles.TEXT_MUTED);
        var box = new VBox(12, hint, addStepMenu());
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        return box;
    }

    static String kindLabel(StepKind k) {
        return switch (k) {
            case INGEST -> "Ingest files (bronze)";
            case TRANSFORM -> "Transform a table (silver)";
            case SQL -> "SQL query (gold)";
        };
    }
}

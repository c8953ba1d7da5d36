package dev.lakehouse.explorer.ui.medallion;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The spec's problems, one a row; a click or Enter puts the editor's caret on the problem's line. */
final class ProblemsList extends ListView<ProblemItem> {

    ProblemsList(SpecEditorViewModel vm, Runnable focusEditor) {
        super(vm.problems());
        setId("medallion-problems");
        getStyleClass().addAll("problems-list", Styles.DENSE);
        setPrefHeight(120);
        var ok = new Label("No problems found.", new FontIcon(Material2AL.CHECK_CIRCLE));
        ok.getStyleClass().add("problems-none");
        setPlaceholder(ok);
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ProblemItem p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(p.text() + (p.fromValidate() ? "  (validate)" : ""));
                var icon = new FontIcon(Material2AL.ERROR_OUTLINE);
                icon.getStyleClass().add("problem-icon");
                setGraphic(icon);
            }
        });
        setOnMouseClicked(e -> go(vm, focusEditor));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                go(vm, focusEditor);
                e.consume();
            }
        });
    }

    private void go(SpecEditorViewModel vm, Runnable focusEditor) {
        ProblemItem p = getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.goTo(p);
            focusEditor.run();
        }
    }
}

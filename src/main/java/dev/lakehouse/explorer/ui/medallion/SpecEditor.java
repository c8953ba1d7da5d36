package dev.lakehouse.explorer.ui.medallion;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The spec's YAML editor: line numbers, YAML and SQL highlighting, and each problem's line underlined with a marker
 * beside its number (the marker's tooltip says what is wrong). The caret's line goes to the view-model, which can
 * send the caret to a line in return.
 */
final class SpecEditor extends VirtualizedScrollPane<CodeArea> {
    private final CodeArea area;
    private final SpecEditorViewModel vm;
    private final IntFunction<Node> numbers;
    private Set<Integer> problemLines = Set.of();

    SpecEditor(SpecEditorViewModel vm) {
        super(new CodeArea());
        this.vm = vm;
        area = getContent();
        area.setId("medallion-editor");
        area.getStyleClass().addAll("spec-editor");
        area.setWrapText(false);
        numbers = LineNumberFactory.get(area);
        area.setParagraphGraphicFactory(this::gutter);
        area.replaceText(vm.textProperty().get() == null ? "" : vm.textProperty().get());
        area.multiPlainChanges().successionEnds(Duration.ofMillis(40)).subscribe(c -> highlight());
        area.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(vm.textProperty().get())) {
                vm.textProperty().set(now);
            }
        });
        vm.textProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(area.getText())) {
                replaceChanged(now);
                highlight();
            }
        });
        area.currentParagraphProperty().addListener((obs, old, p) -> vm.caretLineProperty().set(p + 1));
        vm.caretRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                moveTo(request.line());
            }
        });
        vm.problems().addListener((ListChangeListener<ProblemItem>) c -> problemsChanged());
        highlight();
        getStyleClass().add("spec-editor-pane");
    }

    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    /** Replaces only what changed (common start and end kept), so the caret and the scroll stay where they were. */
    private void replaceChanged(String next) {
        String now = area.getText();
        int start = 0;
        int max = Math.min(now.length(), next.length());
        while (start < max && now.charAt(start) == next.charAt(start)) {
            start++;
        }
        int endNow = now.length();
        int endNext = next.length();
        while (endNow > start && endNext > start && now.charAt(endNow - 1) == next.charAt(endNext - 1)) {
            endNow--;
            endNext--;
        }
        int caret = area.getCaretPosition();
        area.replaceText(start, endNow, next.substring(start, endNext));
        if (caret <= start) {
            area.moveTo(Math.min(caret, area.getLength()));
        }
    }

    private void moveTo(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.requestFollowCaret();
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    private void problemsChanged() {
        problemLines = vm.problemLines();
        area.setParagraphGraphicFactory(this::gutter); // redraws every marker
        highlight();
    }

    private Node gutter(int paragraph) {
        var marker = new Label();
        marker.getStyleClass().add("problem-marker");
        marker.setMinWidth(18);
        if (problemLines.contains(paragraph + 1)) {
            marker.setGraphic(new FontIcon(Material2AL.ERROR));
            marker.setTooltip(new Tooltip(vm.problemsAt(paragraph + 1)));
            marker.setId("problem-marker-" + (paragraph + 1));
        }
        Node number = numbers.apply(paragraph);
        if (number instanceof Label l) { // a fixed width: the text of line 9 and line 10 starts at the same x
            l.setMinWidth(12 + 9 * String.valueOf(area.getParagraphs().size()).length());
            l.setAlignment(Pos.CENTER_RIGHT);
        }
        var box = new HBox(number, marker);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("spec-gutter");
        return box;
    }

    private void highlight() {
        String text = area.getText();
        StyleSpans<Collection<String>> spans = YamlSyntax.highlight(text);
        if (!problemLines.isEmpty()) {
            spans = spans.overlay(problemSpans(text), (a, b) -> {
                if (b.isEmpty()) {
                    return a;
                }
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        area.setStyleSpans(0, spans);
    }

    /** The text of each problem line (not its indent) gets {@code spec-problem}: a wavy red underline. */
    private StyleSpans<Collection<String>> problemSpans(String text) {
        var b = new StyleSpansBuilder<Collection<String>>();
        int line = 1;
        int start = 0;
        int total = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (problemLines.contains(line)) {
                int indent = start;
                while (indent < end && text.charAt(indent) == ' ') {
                    indent++;
                }
                b.add(Collections.emptyList(), indent - start);
                b.add(Collections.singleton("spec-problem"), Math.max(end - indent, 0));
            } else {
                b.add(Collections.emptyList(), end - start);
            }
            total = end;
            if (nl < 0) {
                break;
            }
            b.add(Collections.emptyList(), 1);
            total++;
            start = nl + 1;
            line++;
        }
        if (total == 0) {
            b.add(Collections.emptyList(), 0);
        }
        return b.create();
    }
}

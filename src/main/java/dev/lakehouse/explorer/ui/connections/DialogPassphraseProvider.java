package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.PassphraseProvider;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Asks for a local scope's passphrase in a modal dialog. The engine calls it on a worker thread: the dialog is
 * shown on the FX thread with {@code Platform.runLater} and the worker waits on a future for the answer, so the
 * FX thread never blocks. A new scope's passphrase is typed twice and must be at least 8 characters.
 */
public final class DialogPassphraseProvider implements PassphraseProvider {
    static final int MIN_LENGTH = 8;
    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to (may supply null) */
    public DialogPassphraseProvider(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public char[] passphrase(String scope, boolean creating) {
        if (Platform.isFxApplicationThread()) {
            // Waiting here would freeze the window the answer must come from.
            throw new IllegalStateException("The passphrase is asked from a worker thread, never the FX thread");
        }
        var answer = new CompletableFuture<char[]>();
        Platform.runLater(() -> show(scope, creating, answer));
        try {
            char[] passphrase = answer.get();
            if (passphrase == null) {
                throw new SecretException("Passphrase entry cancelled for scope '" + scope + "'.");
            }
            return passphrase;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretException("Passphrase entry cancelled for scope '" + scope + "'.");
        } catch (ExecutionException e) {
            throw new SecretException("Could not ask for the passphrase of scope '" + scope + "'.", e.getCause());
        }
    }

    private void show(String scope, boolean creating, CompletableFuture<char[]> answer) {
        try {
            var dialog = dialog(scope, creating);
            dialog.setOnHidden(e -> answer.complete(dialog.getResult()));
            dialog.show();
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }

    private Dialog<char[]> dialog(String scope, boolean creating) {
        var first = new PasswordField();
        first.setId("passphrase-field");
        first.setPromptText("Passphrase");
        var second = new PasswordField();
        second.setId("passphrase-repeat");
        second.setPromptText("The same passphrase again");
        var problem = new Label();
        problem.setId("passphrase-problem");
        problem.getStyleClass().add("field-message");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> creating ? problem(first.getText(), second.getText()) : "", first.textProperty(),
                second.textProperty()));
        var intro = new Label(creating ? "Choose a passphrase for the new scope. It encrypts the scope's file; "
                + "nothing can recover a forgotten one." : "The scope's secrets are encrypted with it.");
        intro.setWrapText(true);
        intro.setPrefWidth(420);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        var box = new VBox(8, intro, first);
        if (creating) {
            box.getChildren().addAll(second, problem);
        }
        box.setPrefWidth(420);

        var dialog = new Dialog<char[]>();
        dialog.setHeaderText((creating ? "New passphrase for scope '" : "Passphrase for scope '") + scope + "'");
        var ok = new ButtonType(creating ? "Create" : "Unlock", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("passphrase-dialog");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> first.getText().isEmpty() || !problem.getText().isEmpty(), first.textProperty(),
                problem.textProperty()));
        dialog.setResultConverter(button -> button == ok ? first.getText().toCharArray() : null);
        dialog.setOnShown(e -> first.requestFocus());
        ConnectionDialogs.prepare(dialog, owner.get());
        dialog.initModality(Modality.APPLICATION_MODAL);
        return dialog;
    }

    /** Why a new passphrase cannot be used yet; empty when it can. */
    static String problem(String first, String second) {
        if (first.isEmpty()) {
            return ""; // Create is disabled; no need to scold before anything is typed
        }
        if (first.length() < MIN_LENGTH) {
            return "At least " + MIN_LENGTH + " characters.";
        }
        return first.equals(second) ? "" : "The two passphrases differ.";
    }
}

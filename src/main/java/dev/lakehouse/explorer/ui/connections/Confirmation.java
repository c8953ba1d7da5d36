package dev.lakehouse.explorer.ui.connections;

/**
 * A yes-or-no question a view-model waits on before it changes anything: the view shows it as a dialog and answers
 * through {@link PendingQuestion#confirm()} or {@link PendingQuestion#dismiss()}.
 *
 * @param header   the question in one line ("Remove connection 'lake'?")
 * @param text     what happens if the answer is yes
 * @param yesLabel the button that agrees ("Remove")
 */
public record Confirmation(String header, String text, String yesLabel) {
}

/**
 * The Connections panel: saved storage connections and secret scopes, "Test connection", the storage browser and
 * the workshop setup.
 *
 * <p>Decisions that shape this package:
 * <ul>
 *   <li><b>Secrets never reach a property.</b> Connection fields hold references ({@code {{secrets/<scope>/<key>}}});
 *       a pasted key is flagged without being repeated. A value typed into "Add secret…" lives in a PasswordField
 *       bound to {@link dev.lakehouse.explorer.ui.connections.ScopeViewModel#newValueProperty()} only until it is
 *       submitted, and is cleared then, stored or not. {@code SecretsStayOffScreenTest} walks every property of the
 *       panel's view-models after secrets were stored and used.</li>
 *   <li><b>Passphrases on a worker's question.</b> The engine asks for a local scope's passphrase from the worker
 *       thread running the call; {@link dev.lakehouse.explorer.ui.connections.DialogPassphraseProvider} shows the
 *       dialog with {@code Platform.runLater} and the worker waits on a future, so the FX thread never blocks.</li>
 *   <li><b>Saved connections are shown read-only.</b> The engine adds and removes connections but has no update;
 *       the form says so rather than pretending to edit.</li>
 *   <li><b>Transfers stop through the storage service.</b> Cancel settles the task at once (the runner's contract)
 *       and then calls {@code StorageService.cancel(jobId)} on a worker, with the id of the task's job context
 *       ({@code RunningTask.jobId()}).</li>
 *   <li><b>The workshop's steps are engine code.</b> {@code engine.connections.WorkshopSetup} holds them (pure Java,
 *       re-runnable); {@link dev.lakehouse.explorer.ui.connections.WorkshopSetupViewModel} only runs them in order
 *       through the task runner and stops at the first failure.</li>
 * </ul>
 */
package dev.lakehouse.explorer.ui.connections;

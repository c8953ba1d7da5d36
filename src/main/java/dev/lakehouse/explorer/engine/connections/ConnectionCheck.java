package dev.lakehouse.explorer.engine.connections;

/**
 * One step of "Test connection": the endpoint resolves, TLS, the credential is accepted, the container exists,
 * listing and writing are allowed.
 *
 * @param check   a short stable name ({@code resolve}, {@code endpoint}, {@code credential}, {@code container},
 *                {@code list}, {@code write}, {@code dfs})
 * @param ok      whether it passed
 * @param message what was found, for the user, in one line
 */
public record ConnectionCheck(String check, boolean ok, String message) {
}

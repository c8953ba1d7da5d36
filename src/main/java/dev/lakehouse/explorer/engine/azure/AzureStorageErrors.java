package dev.lakehouse.explorer.engine.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.StorageAuth;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Turns what the Azure SDK and the network throw into one-line {@link StorageException}s for the user. The SDK wraps
 * network errors several layers deep (reactor, UncheckedIOException), so the cause chain is searched.
 */
final class AzureStorageErrors {
    private AzureStorageErrors() {
    }

    /** @param action what was attempted, as it ends "Cannot …" / "No permission to …": "list container x" */
    static StorageException map(Throwable e, Connection c, String action, String credential) {
        return new StorageException(Redaction.safe(message(e, c, action), credential), e);
    }

    static String message(Throwable e, Connection c, String action) {
        if (e instanceof StorageException s) {
            return s.getMessage();
        }
        // Sign-in failures are HttpResponseExceptions too (from Entra ID, not storage): told first.
        ClientAuthenticationException signIn = find(e, ClientAuthenticationException.class);
        if (signIn != null) {
            return "Azure sign-in for connection '" + c.name() + "' failed: " + Redaction.firstLine(signIn.getMessage());
        }
        HttpResponseException http = find(e, HttpResponseException.class);
        if (http != null && http.getResponse() != null) {
            return httpMessage(http, c, action);
        }
        String network = networkMessage(e, c);
        return network != null ? network : "Cannot " + action + ": " + Redaction.firstLine(rootMessage(e));
    }

    /** The innermost message: reactor and the SDK wrap a failure in exceptions whose message is its toString(). */
    private static String rootMessage(Throwable e) {
        String message = e.toString();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }

    /** The network failure in the chain, or null when the failure is not one. */
    static String networkMessage(Throwable e, Connection c) {
        AzureEndpoint ep = AzureEndpoint.of(c);
        if (find(e, UnknownHostException.class) != null) {
            return unresolved(ep);
        }
        if (find(e, ConnectException.class) != null) {
            return ep.azurite() ? azuriteDown(ep) : "Cannot connect to " + ep.address() + ": the connection was refused";
        }
        SSLException tls = find(e, SSLException.class);
        if (tls != null) {
            return "TLS with " + ep.address() + " failed: " + Redaction.firstLine(tls.getMessage());
        }
        if (find(e, HttpTimeoutException.class) != null || find(e, TimeoutException.class) != null
                || find(e, SocketTimeoutException.class) != null) {
            return "No answer from " + ep.address() + " within " + AzureClients.TRY_TIMEOUT.toSeconds() + " s";
        }
        return null;
    }

    private static String httpMessage(HttpResponseException http, Connection c, String action) {
        int status = http.getResponse().getStatusCode();
        String code = errorCode(http);
        String what = "(" + status + (code.isEmpty() ? "" : " " + code) + ")";
        if (isRefusal(status, code)) {
            return refused(c, what);
        }
        if (status == 403) {
            return "No permission to " + action + " " + what;
        }
        if (status == 404 && code.equals("ContainerNotFound")) {
            return containerMissing(c.container());
        }
        return "Cannot " + action + " " + what;
    }

    /**
     * Whether the service refused the credential itself. Azure says AuthenticationFailed; Azurite 3.37 says
     * AuthorizationFailure for a wrong key, an expired SAS and a bad signature alike (measured), and Azure uses that
     * code for firewall refusals, so messages for it name both causes.
     */
    static boolean isRefusal(int status, String code) {
        return status == 403 && (code.startsWith("Authentication") || code.equals("AuthorizationFailure"));
    }

    /** The storage error code (also sent on HEAD replies, which have no body), or "". */
    static String errorCode(HttpResponseException http) {
        String code = http.getResponse() == null ? null : http.getResponse().getHeaderValue("x-ms-error-code");
        return code == null ? "" : code;
    }

    /** The HTTP status, or -1 for an exception raised without a storage reply (a sign-in failure). */
    static int status(HttpResponseException http) {
        return http.getResponse() == null || http instanceof ClientAuthenticationException
                ? -1 : http.getResponse().getStatusCode();
    }

    static String refused(Connection c, String what) {
        String firewall = what.contains("AuthorizationFailure") && !AzureEndpoint.of(c).azurite()
                ? " (or the account's firewall rules)" : "";
        return refusedCredential(c, what) + firewall;
    }

    private static String refusedCredential(Connection c, String what) {
        String where = c.secret() == null ? "" : " in " + c.secret();
        return switch (c.auth()) {
            case KEY -> "The account key was refused " + what + ": check the key" + where;
            case SAS -> "The SAS token was refused " + what + ": check the token" + where
                    + " (its permissions, resource and expiry)";
            case SERVICE_PRINCIPAL -> "The service principal was refused " + what
                    + ": check its role on the account (Storage Blob Data Contributor)";
            case DEFAULT, NONE -> "The Azure identity was refused " + what + ": check its role on the account";
        };
    }

    static String unresolved(AzureEndpoint ep) {
        return "Cannot resolve host " + ep.host() + ": check the " + (ep.azurite() ? "endpoint" : "account name");
    }

    static String azuriteDown(AzureEndpoint ep) {
        return "Azurite is not running at " + ep.address() + ": start it with 'npx azurite-blob' (or 'azurite-blob"
                + " --location DIR') and test again";
    }

    static String containerMissing(String container) {
        return "Container '" + container + "' does not exist; 'storage upload' or a Spark write creates it";
    }

    static String credentialNoun(StorageAuth auth) {
        return switch (auth) {
            case KEY -> "account key";
            case SAS -> "SAS token";
            case SERVICE_PRINCIPAL -> "client secret";
            case DEFAULT, NONE -> "credential";
        };
    }

    static String withoutQuery(String url) {
        return Redaction.withoutQueries(url);
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            for (Throwable s : t.getSuppressed()) {
                if (type.isInstance(s)) {
                    return type.cast(s);
                }
            }
        }
        return null;
    }
}

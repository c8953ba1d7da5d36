package dev.lakehouse.explorer.engine.azure;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateExpiredException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Recognises a failure to reach a host in an exception's cause chain (the SDK wraps the JDK's exceptions one to
 * three levels deep) and says it in one line.
 */
final class NetworkFailures {
    private NetworkFailures() {
    }

    /** "Cannot resolve host h", "TLS handshake with h failed: …", … or empty if the host was reached. */
    static Optional<String> describe(Throwable failure, String host) {
        if (find(failure, UnknownHostException.class) != null || find(failure, UnresolvedAddressException.class) != null) {
            return Optional.of("Cannot resolve host " + host + ": no such name in DNS — check the URL");
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null) {
            return Optional.of("TLS handshake with " + host + " failed: " + tlsReason(tls));
        }
        if (find(failure, HttpConnectTimeoutException.class) != null) {
            return Optional.of("Connecting to " + host + " timed out: check the URL, a proxy or a firewall");
        }
        if (find(failure, ConnectException.class) != null) {
            return Optional.of("Cannot connect to " + host + ": connection refused — nothing listens there");
        }
        if (find(failure, HttpTimeoutException.class) != null || find(failure, TimeoutException.class) != null) {
            return Optional.of(host + " did not answer in time: check the URL, a proxy or a firewall");
        }
        return Optional.empty();
    }

    private static String tlsReason(SSLException tls) {
        if (find(tls, CertPathBuilderException.class) != null || String.valueOf(tls.getMessage()).contains("PKIX")) {
            return "its certificate is not trusted — self-signed, or issued by an authority this Java does not trust";
        }
        if (find(tls, CertificateExpiredException.class) != null) {
            return "its certificate has expired";
        }
        String message = String.valueOf(tls.getMessage());
        if (message.contains("subject alternative") || message.contains("No name matching")) {
            return "its certificate is for another host name";
        }
        return KeyVaultErrors.firstLine(message);
    }

    /** The first exception of a type in the cause chain (and suppressed exceptions, where the SDK puts retries). */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                T found = find(suppressed, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

package dev.lakehouse.explorer.engine.azure;

import dev.lakehouse.explorer.engine.connections.ConnectionCheck;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * The first two checks, made below the SDK so that their failures are told precisely and fast: the SDK would
 * retry a refused port and report it as a generic I/O error.
 */
final class NetworkChecks {
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private NetworkChecks() {
    }

    static ConnectionCheck resolve(AzureEndpoint ep) {
        try {
            InetAddress address = InetAddress.getByName(ep.host());
            return new ConnectionCheck("resolve", true, ep.host() + " resolves to " + address.getHostAddress());
        } catch (UnknownHostException e) {
            return new ConnectionCheck("resolve", false, AzureStorageErrors.unresolved(ep));
        }
    }

    static ConnectionCheck endpoint(AzureEndpoint ep) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ep.host(), ep.port()), CONNECT_TIMEOUT_MS);
            if (ep.https()) {
                handshake(socket, ep);
                return new ConnectionCheck("endpoint", true, "Connected to " + ep.address() + " over TLS");
            }
            return new ConnectionCheck("endpoint", true, "Connected to " + ep.address());
        } catch (ConnectException e) {
            return new ConnectionCheck("endpoint", false, ep.azurite() ? AzureStorageErrors.azuriteDown(ep)
                    : "Cannot connect to " + ep.address() + ": the connection was refused");
        } catch (SocketTimeoutException e) {
            return new ConnectionCheck("endpoint", false, "No answer from " + ep.address() + " within "
                    + CONNECT_TIMEOUT_MS / 1000 + " s: check the network, proxy or firewall");
        } catch (SSLException e) {
            return new ConnectionCheck("endpoint", false, "TLS with " + ep.address() + " failed: "
                    + Redaction.firstLine(e.getMessage()));
        } catch (IOException e) {
            return new ConnectionCheck("endpoint", false, "Cannot connect to " + ep.address() + ": "
                    + Redaction.firstLine(e.getMessage()));
        }
    }

    private static void handshake(Socket plain, AzureEndpoint ep) throws IOException {
        var factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
        try (SSLSocket tls = (SSLSocket) factory.createSocket(plain, ep.host(), ep.port(), false)) {
            tls.setSoTimeout(CONNECT_TIMEOUT_MS);
            tls.startHandshake();
        }
    }
}

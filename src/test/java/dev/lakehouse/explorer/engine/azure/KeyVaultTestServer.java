package dev.lakehouse.explorer.engine.azure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTPS stand-in for an Azure Key Vault and its Entra ID token endpoint, on 127.0.0.1 and a free port.
 * Secret calls without a valid token get Key Vault's 401 sign-in challenge; {@code /not-a-vault/…} answers HTML
 * 404 and {@code /web-page/…} HTML 200, like any web site. Requests it does not know are logged to stderr and kept, so a test can show what an SDK
 * version started asking for.
 */
final class KeyVaultTestServer implements AutoCloseable {
    private final HttpsServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "kv-test-server");
        t.setDaemon(true);
        return t;
    });
    private final TestTokenIssuer issuer = new TestTokenIssuer();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> unknown = new CopyOnWriteArrayList<>();
    private final TestVault vault;

    private KeyVaultTestServer(SSLContext ssl) throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        vault = new TestVault(baseUrl());
    }

    static KeyVaultTestServer start(SSLContext ssl) throws IOException {
        KeyVaultTestServer s = new KeyVaultTestServer(ssl);
        s.server.start();
        return s;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The vault URL and also the authority host of the token endpoint. */
    String baseUrl() {
        return "https://127.0.0.1:" + port();
    }

    TestVault vault() {
        return vault;
    }

    TestTokenIssuer issuer() {
        return issuer;
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    List<String> unknownRequests() {
        return List.copyOf(unknown);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(method + " " + path);
            route(exchange, method, path, body);
        } catch (RuntimeException e) {
            e.printStackTrace();
            TestHttp.json(exchange, 500, TestVault.error("InternalError", e.toString()));
        }
    }

    private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        if (method.equals("POST") && path.equals(issuer.tokenPath())) {
            issuer.handle(exchange, body);
        } else if (path.startsWith("/web-page")) {
            TestHttp.send(exchange, 200, "text/html; charset=utf-8", "<html><body><h1>Welcome</h1></body></html>");
        } else if (path.startsWith("/not-a-vault")) {
            TestHttp.send(exchange, 404, "text/html; charset=utf-8", "<html><body><h1>Not Found</h1></body></html>");
        } else if (!segments.isEmpty() && (segments.get(0).equals("secrets") || segments.get(0).equals("deletedsecrets"))) {
            vaultCall(exchange, method, segments, body);
        } else {
            unknown.add(method + " " + exchange.getRequestURI());
            System.err.println("KeyVaultTestServer: unknown request " + method + " " + exchange.getRequestURI());
            TestHttp.json(exchange, 404, TestVault.error("NotFound", "unknown test server path"));
        }
    }

    private void vaultCall(HttpExchange exchange, String method, List<String> segments, String body) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String bearer = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
        if (!issuer.isValid(bearer) || vault.refusesTokens(segments)) {
            challenge(exchange);
            return;
        }
        vault.handle(exchange, method, segments, body);
    }

    /**
     * Key Vault's sign-in challenge. The SDK accepts a challenge only if the vault's host ends with "." + the
     * resource's host (a vault at x.vault.azure.net, resource https://vault.azure.net). For a vault at 127.0.0.1
     * the one resource that passes is "https://1" — a parent "domain" of the address — so the real check stays on
     * and disableChallengeResourceVerification() is not needed.
     */
    private void challenge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate",
                "Bearer authorization=\"" + baseUrl() + "/" + TestTokenIssuer.TENANT + "\", resource=\"https://1\"");
        TestHttp.json(exchange, 401, TestVault.error("Unauthorized", "AKV10000: Request is missing a Bearer or PoP token."));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

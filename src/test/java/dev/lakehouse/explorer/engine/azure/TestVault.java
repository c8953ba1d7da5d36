package dev.lakehouse.explorer.engine.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets REST calls of Key Vault (API 7.x) the SDK's SecretClient makes, over an in-memory map: list with
 * {@code nextLink} paging, get (latest or a version), set, delete and the deleted-secret read its poller may make.
 */
final class TestVault {
    private static final int PAGE_SIZE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Secret(String value, String version, boolean enabled) {
    }

    private final Map<String, Secret> secrets = new TreeMap<>();
    private final Map<String, Secret> deleted = new TreeMap<>();
    private final Set<String> forbidden = ConcurrentHashMap.newKeySet();
    private final Set<String> tokenRefused = ConcurrentHashMap.newKeySet();
    private final String baseUrl;

    TestVault(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    synchronized void put(String name, String value, boolean enabled) {
        secrets.put(name, new Secret(value, UUID.randomUUID().toString().replace("-", ""), enabled));
    }

    synchronized String value(String name) {
        Secret s = secrets.get(name);
        return s == null ? null : s.value();
    }

    /** Answers 403 to every call on this secret, as Key Vault does for an identity without the permission. */
    void forbid(String name) {
        forbidden.add(name);
    }

    /** Refuses every token for this secret, as a vault in another tenant than the token's would. */
    void refuseTokensFor(String name) {
        tokenRefused.add(name);
    }

    boolean refusesTokens(List<String> path) {
        return path.size() > 1 && tokenRefused.contains(path.get(1));
    }

    void handle(HttpExchange exchange, String method, List<String> path, String body) throws IOException {
        String name = path.size() > 1 ? path.get(1) : null;
        if (name != null && forbidden.contains(name)) {
            TestHttp.json(exchange, 403, error("Forbidden", "Caller is not authorized to perform action on resource."));
        } else if (path.get(0).equals("deletedsecrets") && name != null && method.equals("GET")) {
            deletedSecret(exchange, name);
        } else if (path.get(0).equals("secrets") && name == null && method.equals("GET")) {
            list(exchange, skipToken(exchange));
        } else if (path.get(0).equals("secrets") && name != null) {
            secret(exchange, method, name, body);
        } else {
            TestHttp.json(exchange, 400, error("BadParameter", "Unsupported call"));
        }
    }

    private synchronized void secret(HttpExchange exchange, String method, String name, String body) throws IOException {
        switch (method) {
            case "GET" -> found(exchange, name, secrets.get(name), true);
            case "PUT" -> {
                put(name, JSON.readTree(body).path("value").asText(), true);
                found(exchange, name, secrets.get(name), true);
            }
            case "DELETE" -> {
                Secret gone = secrets.remove(name);
                if (gone != null) {
                    deleted.put(name, gone);
                }
                deletedOrMissing(exchange, name, gone);
            }
            default -> TestHttp.json(exchange, 405, error("BadParameter", "Method not allowed"));
        }
    }

    private void found(HttpExchange exchange, String name, Secret secret, boolean withValue) throws IOException {
        if (secret == null) {
            TestHttp.json(exchange, 404, error("SecretNotFound", "A secret with (name/id) " + name + " was not found in this key vault."));
            return;
        }
        TestHttp.json(exchange, 200, bundle(name, secret, withValue).toString());
    }

    private synchronized void deletedSecret(HttpExchange exchange, String name) throws IOException {
        deletedOrMissing(exchange, name, deleted.get(name));
    }

    private void deletedOrMissing(HttpExchange exchange, String name, Secret secret) throws IOException {
        if (secret == null) {
            found(exchange, name, null, false);
            return;
        }
        ObjectNode node = bundle(name, secret, false);
        node.put("recoveryId", baseUrl + "/deletedsecrets/" + name);
        node.put("deletedDate", 1_764_800_000L);
        node.put("scheduledPurgeDate", 1_772_576_000L);
        TestHttp.json(exchange, 200, node.toString());
    }

    private synchronized void list(HttpExchange exchange, int skip) throws IOException {
        List<Map.Entry<String, Secret>> all = new ArrayList<>(secrets.entrySet());
        ArrayNode page = JSON.createArrayNode();
        all.stream().skip(skip).limit(PAGE_SIZE).forEach(e -> page.add(item(e.getKey(), e.getValue())));
        ObjectNode result = JSON.createObjectNode();
        result.set("value", page);
        boolean more = skip + PAGE_SIZE < all.size();
        result.put("nextLink", more ? baseUrl + "/secrets?api-version=7.6&$skiptoken=" + (skip + PAGE_SIZE) : null);
        TestHttp.json(exchange, 200, result.toString());
    }

    private ObjectNode item(String name, Secret secret) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", baseUrl + "/secrets/" + name);
        node.set("attributes", attributes(secret));
        return node;
    }

    private ObjectNode bundle(String name, Secret secret, boolean withValue) {
        ObjectNode node = JSON.createObjectNode();
        if (withValue) {
            node.put("value", secret.value());
        }
        node.put("id", baseUrl + "/secrets/" + name + "/" + secret.version());
        node.set("attributes", attributes(secret));
        return node;
    }

    private ObjectNode attributes(Secret secret) {
        ObjectNode a = JSON.createObjectNode();
        a.put("enabled", secret.enabled());
        a.put("created", 1_764_000_000L);
        a.put("updated", 1_764_000_000L);
        a.put("recoveryLevel", "Recoverable+Purgeable");
        return a;
    }

    private static int skipToken(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return 0;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("$skiptoken=") || pair.startsWith("%24skiptoken=")) {
                return Integer.parseInt(pair.substring(pair.indexOf('=') + 1));
            }
        }
        return 0;
    }

    static String error(String code, String message) {
        ObjectNode inner = JSON.createObjectNode();
        inner.put("code", code);
        inner.put("message", message);
        ObjectNode outer = JSON.createObjectNode();
        outer.set("error", inner);
        return outer.toString();
    }
}

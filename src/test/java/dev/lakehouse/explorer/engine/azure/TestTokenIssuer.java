package dev.lakehouse.explorer.engine.azure;

import com.sun.net.httpserver.HttpExchange;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test server's identity provider: the OAuth 2.0 client-credentials token endpoint MSAL calls for a service
 * principal ({@code POST /{tenant}/oauth2/v2.0/token}). It issues JWT-shaped tokens whose claims carry the
 * service principal's object id, and remembers them so the vault can check them.
 */
final class TestTokenIssuer {
    static final String TENANT = "00000000-1111-2222-3333-444444444444";
    static final String CLIENT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    static final String CLIENT_SECRET = "client-secret-Zq8~never-shown";
    static final String OBJECT_ID = "99999999-8888-7777-6666-555555555555";

    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();

    String tokenPath() {
        return "/" + TENANT + "/oauth2/v2.0/token";
    }

    void handle(HttpExchange exchange, String body) throws java.io.IOException {
        requests.incrementAndGet();
        Map<String, String> form = parseForm(body);
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            TestHttp.json(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client "
                    + "secret provided. Ensure the secret being sent in the request is the client secret value.\","
                    + "\"error_codes\":[7000215]}");
            return;
        }
        String token = newToken();
        issued.add(token);
        TestHttp.json(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,"
                + "\"access_token\":\"" + token + "\"}");
    }

    boolean isValid(String bearer) {
        return bearer != null && issued.contains(bearer);
    }

    int tokenRequests() {
        return requests.get();
    }

    private String newToken() {
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String claims = "{\"aud\":\"https://vault.azure.net\",\"tid\":\"" + TENANT + "\",\"appid\":\"" + CLIENT_ID
                + "\",\"oid\":\"" + OBJECT_ID + "\",\"n\":" + issued.size() + "}";
        var b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}

package dev.lakehouse.explorer.engine.azure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a token says the caller is, read from an access token's claims so a refusal can name the identity that
 * lacks a permission. Only these ids are kept, never the token.
 *
 * @param objectId the directory object id ({@code oid}), or null
 * @param appId    the application (client) id ({@code appid} or {@code azp}), or null
 * @param user     the user's sign-in name ({@code upn} or {@code preferred_username}), or null
 */
record SignedInIdentity(String objectId, String appId, String user) {
    private static final Pattern CLAIM = Pattern.compile("\"(oid|appid|azp|upn|preferred_username)\"\\s*:\\s*\"([^\"]{1,200})\"");

    /** The ids in a JWT access token; empty if the token is not a JWT (then nothing can be said cheaply). */
    static Optional<SignedInIdentity> fromToken(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return Optional.of(fromClaims(claims));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static SignedInIdentity fromClaims(String json) {
        String oid = null;
        String app = null;
        String user = null;
        Matcher m = CLAIM.matcher(json);
        while (m.find()) {
            switch (m.group(1)) {
                case "oid" -> oid = m.group(2);
                case "appid", "azp" -> app = app == null ? m.group(2) : app;
                default -> user = user == null ? m.group(2) : user;
            }
        }
        return new SignedInIdentity(oid, app, user);
    }

    /** "user a@b, client id c, object id d" — whichever are known. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (user != null) {
            parts.add("user " + user);
        }
        if (appId != null) {
            parts.add("client id " + appId);
        }
        if (objectId != null) {
            parts.add("object id " + objectId);
        }
        return String.join(", ", parts);
    }
}

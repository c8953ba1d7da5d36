package dev.lakehouse.explorer.engine.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpResponse;
import com.azure.identity.CredentialUnavailableException;
import com.microsoft.aad.msal4j.MsalException;
import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the Azure SDK throws into one-line {@link SecretException}s that say what to do. Messages are built
 * from the scope's own facts, HTTP statuses, content types and error codes; only where the reason is the SDK's own
 * (a credential that is unavailable, an unknown failure) its first line is kept. Request bodies, tokens and the
 * client secret never enter a message; the SDK exception stays attached as the cause for the (redacting) log.
 */
final class KeyVaultErrors {
    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");
    private static final Map<String, String> AADSTS_HINTS = Map.of(
            "7000215", "the client secret is wrong",
            "7000222", "the client secret has expired",
            "700016", "no application with this client id in the tenant",
            "90002", "no such tenant");

    private final ScopeDefinition definition;
    private final VaultAddress vault;
    private final IdentityRecordingCredential credential;

    KeyVaultErrors(ScopeDefinition definition, VaultAddress vault, IdentityRecordingCredential credential) {
        this.definition = definition;
        this.vault = vault;
        this.credential = credential;
    }

    /** The SecretException for a failed operation on the vault ({@code key} is null for a listing). */
    SecretException map(RuntimeException failure, KeyVaultOperation operation, String key) {
        if (failure instanceof SecretException already) {
            return already;
        }
        String message = NetworkFailures.describe(failure, failedHost(failure))
                .map(m -> m + " (scope '" + definition.name() + "').")
                .orElseGet(() -> describe(failure, operation, key));
        return new SecretException(message, failure);
    }

    private String describe(RuntimeException failure, KeyVaultOperation operation, String key) {
        if (NetworkFailures.find(failure, CredentialUnavailableException.class) != null) {
            return notSignedIn(failure);
        }
        if (failure instanceof HttpResponseException http && http.getResponse() != null) {
            return fromResponse(http.getResponse(), operation, key);
        }
        if (isSignIn(failure)) {
            return signInRefused(failure);
        }
        if (String.valueOf(failure.getMessage()).startsWith("The challenge resource")) {
            return VaultAddress.notAVault(vault.url(), "its sign-in challenge is for another host").getMessage();
        }
        if (!credential.wasAsked()) {
            // A real vault challenges every first call, so an answer before any token request is some other site.
            return VaultAddress.notAVault(vault.url(), "it answered without asking for a sign-in, and not in Key "
                    + "Vault's JSON").getMessage();
        }
        return scope() + ": the call to " + vault.url() + " failed (" + failure.getClass().getSimpleName() + ": "
                + firstLine(failure.getMessage()) + ").";
    }

    private String fromResponse(HttpResponse response, KeyVaultOperation operation, String key) {
        int status = response.getStatusCode();
        if (!isJson(response)) {
            return VaultAddress.notAVault(vault.url(), "HTTP " + status + ", " + contentType(response)).getMessage();
        }
        return switch (status) {
            case 401 -> scope() + ": " + vault.url() + " refused the token of " + identity()
                    + " — is the vault in another tenant? Sign in again or check the scope's tenant.";
            case 403 -> scope() + ": " + identity() + " may not " + operation.permission() + " secrets in vault "
                    + vault.url() + "; grant it '" + operation.role() + "' or a '" + operation.permission()
                    + "' access policy.";
            case 404 -> key == null || operation == KeyVaultOperation.SET
                    ? VaultAddress.notAVault(vault.url(), "HTTP 404 on its secrets").getMessage()
                    : "No secret '" + key + "' in Key Vault scope '" + definition.name() + "' (" + vault.url() + ").";
            default -> scope() + ": " + vault.url() + " answered HTTP " + status + " to " + operation.permission()
                    + (key == null ? " secrets" : " secret '" + key + "'") + ".";
        };
    }

    private String notSignedIn(RuntimeException failure) {
        String how = switch (definition.auth() == null ? KeyVaultAuth.DEFAULT : definition.auth()) {
            case CLI -> "run 'az login'";
            case BROWSER -> "finish the browser sign-in";
            default -> "run 'az login' or choose another sign-in";
        };
        return scope() + ": not signed in to Azure — " + how + " (" + firstLine(withoutBoilerplate(failure.getMessage())) + ").";
    }

    private String signInRefused(RuntimeException failure) {
        String code = aadstsCode(failure);
        if (definition.auth() == KeyVaultAuth.SERVICE_PRINCIPAL) {
            return scope() + ": Azure refused the sign-in of service principal " + definition.clientId() + " in tenant "
                    + definition.tenant() + " (" + code + ") — check the client secret in " + definition.clientSecretEnv()
                    + ", the client id and the tenant.";
        }
        return scope() + ": signing in to Azure failed (" + code + ").";
    }

    private static String aadstsCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = AADSTS.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                String hint = AADSTS_HINTS.get(m.group(1));
                return m.group() + (hint == null ? "" : ": " + hint);
            }
        }
        return firstLine(failure.getMessage());
    }

    /** Who the vault saw: the ids the last token carried, else the scope's client id, else a plain phrase. */
    private String identity() {
        String known = credential.identity().map(SignedInIdentity::describe).orElse("");
        if (known.isEmpty() && definition.clientId() != null) {
            known = "client id " + definition.clientId();
        }
        return known.isEmpty() ? "the signed-in identity" : "the signed-in identity (" + known + ")";
    }

    /**
     * True for a failure while getting a token: azure-identity throws it as a ClientAuthenticationException
     * without a vault response, or, on the synchronous path, as a RuntimeException wrapping MSAL's exception.
     */
    private static boolean isSignIn(RuntimeException failure) {
        return failure instanceof ClientAuthenticationException auth && auth.getResponse() == null
                || NetworkFailures.find(failure, MsalException.class) != null;
    }

    /** A failure while getting a token happened at the sign-in host, not at the vault. */
    private String failedHost(RuntimeException failure) {
        if (!isSignIn(failure)) {
            return vault.host();
        }
        String authority = definition.authority();
        return authority == null || authority.isBlank() ? "login.microsoftonline.com" : hostOf(authority);
    }

    private static String hostOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() == null ? url : uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static boolean isJson(HttpResponse response) {
        return contentType(response).toLowerCase(Locale.ROOT).contains("json");
    }

    private static String contentType(HttpResponse response) {
        String type = response.getHeaderValue(HttpHeaderName.CONTENT_TYPE);
        return type == null ? "no content type" : type;
    }

    private String scope() {
        return "Scope '" + definition.name() + "'";
    }

    /** azure-identity appends a troubleshooting link to every message; the user needs the reason before it. */
    private static String withoutBoilerplate(String message) {
        int link = message == null ? -1 : message.indexOf("To mitigate this issue");
        String reason = link < 0 ? message : message.substring(0, link).strip();
        return reason != null && reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    /** The first line of a message, at most 200 characters: SDK messages can run to pages. */
    static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }
}

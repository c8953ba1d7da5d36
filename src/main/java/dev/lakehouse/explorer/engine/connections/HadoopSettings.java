package dev.lakehouse.explorer.engine.connections;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Hadoop configuration through which the ABFS and WASB drivers reach one connection's account, as a pure
 * function of the connection and its resolved credential. Keys are per account (or per container for a WASB SAS),
 * so several accounts live side by side in one session; they are set on Hadoop's configuration, never as SQL-visible
 * Spark properties. {@link StorageAuth#DEFAULT} gives no keys: the drivers have no DefaultAzureCredential, so only
 * the Azure SDK side (the storage browser) can use it.
 */
public final class HadoopSettings {
    /** Written by engine.spark: hands the resolved SAS to the ABFS driver. */
    public static final String FIXED_SAS_PROVIDER = "dev.lakehouse.explorer.engine.spark.FixedSasTokenProvider";
    static final String CLIENT_CREDS_PROVIDER = "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider";
    private static final String MAX_RETRIES = "2";

    private HadoopSettings() {
    }

    /** The per-account keys of one connection; empty for a local folder. */
    public static Map<String, String> forConnection(Connection c, String credential) {
        Map<String, String> out = new LinkedHashMap<>();
        if (c.type() == ConnectionType.LOCAL) {
            return out;
        }
        StorageUri root = ConnectionRoots.root(c);
        String host = root.host();
        if (c.type() == ConnectionType.ADLS) {
            adls(out, c, host, credential);
        } else {
            wasb(out, c.auth(), root.container(), host, credential);
        }
        return out;
    }

    /**
     * Retry caps for both drivers, global because WASB reads them only so: by default an unreachable endpoint
     * retries for minutes (15 to 30 tries, backing off up to 30 to 90 s) before Spark shows anything.
     */
    public static Map<String, String> global() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("fs.azure.io.retry.max.retries", MAX_RETRIES);
        out.put("fs.azure.io.retry.min.backoff.interval", "500");
        out.put("fs.azure.io.retry.backoff.interval", "500");
        out.put("fs.azure.io.retry.max.backoff.interval", "2000");
        out.put("fs.azure.oauth.token.fetch.retry.max.retries", MAX_RETRIES);
        return out;
    }

    private static void wasb(Map<String, String> out, StorageAuth auth, String container, String host, String credential) {
        switch (auth) {
            case KEY -> out.put("fs.azure.account.key." + host, credential);
            case SAS -> out.put("fs.azure.sas." + container + "." + host, sas(credential));
            default -> { } // DEFAULT, NONE: nothing the WASB driver could use
        }
    }

    private static void adls(Map<String, String> out, Connection c, String host, String credential) {
        switch (c.auth()) {
            case KEY -> {
                out.put("fs.azure.account.auth.type." + host, "SharedKey");
                out.put("fs.azure.account.key." + host, credential);
            }
            case SERVICE_PRINCIPAL -> {
                out.put("fs.azure.account.auth.type." + host, "OAuth");
                out.put("fs.azure.account.oauth.provider.type." + host, CLIENT_CREDS_PROVIDER);
                out.put("fs.azure.account.oauth2.client.id." + host, c.clientId());
                out.put("fs.azure.account.oauth2.client.secret." + host, credential);
                out.put("fs.azure.account.oauth2.client.endpoint." + host,
                        "https://login.microsoftonline.com/" + c.tenant() + "/oauth2/token");
            }
            case SAS -> {
                out.put("fs.azure.account.auth.type." + host, "SAS");
                out.put("fs.azure.sas.token.provider.type." + host, FIXED_SAS_PROVIDER);
                out.put("fs.azure.sas.fixed.token." + host, sas(credential));
            }
            default -> { }
        }
        if (!out.isEmpty()) {
            // ABFS reads every setting per account first: cap this account's retries even if the global cap is changed
            out.put("fs.azure.io.retry.max.retries." + host, MAX_RETRIES);
        }
    }

    /** Portal-copied tokens often start with '?': the drivers want the query without it. */
    private static String sas(String token) {
        return token != null && token.startsWith("?") ? token.substring(1) : token;
    }
}

package dev.lakehouse.explorer.engine.connections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class HadoopSettingsTest {
    private static final String REF = "{{secrets/dev/cred}}";

    static Connection adls(StorageAuth auth) {
        return new Connection("lake", ConnectionType.ADLS, "acct", "bronze", null, auth, REF, "tenant-1", "client-1");
    }

    static Connection blob(StorageAuth auth) {
        return new Connection("blob", ConnectionType.BLOB, "acct", "raw", null, auth, REF, null, null);
    }

    static Connection azurite(String endpoint) {
        return new Connection("emu", ConnectionType.AZURITE, null, "raw", endpoint, StorageAuth.KEY, REF, null, null);
    }

    @Test
    void rootUrisPerType(@TempDir Path dir) {
        assertThat(ConnectionRoots.root(adls(StorageAuth.KEY))).hasToString("abfss://bronze@acct.dfs.core.windows.net/");
        assertThat(ConnectionRoots.root(blob(StorageAuth.KEY))).hasToString("wasbs://raw@acct.blob.core.windows.net/");
        assertThat(ConnectionRoots.root(azurite(null))).hasToString("wasb://raw@devstoreaccount1.localhost:10000/");
        assertThat(ConnectionRoots.root(azurite("http://127.0.0.1:10123/myaccount")))
                .hasToString("wasb://raw@myaccount.localhost:10123/");
        assertThat(ConnectionRoots.root(azurite("http://localhost:10001")))
                .hasToString("wasb://raw@devstoreaccount1.localhost:10001/");
        var local = new Connection("here", ConnectionType.LOCAL, null, null, dir.toString(), StorageAuth.NONE, null, null, null);
        assertThat(ConnectionRoots.root(local)).hasToString("file:" + dir.toAbsolutePath().toString().replace('\\', '/') + "/");
    }

    @Test
    void blobKeyAndSas() {
        assertThat(HadoopSettings.forConnection(blob(StorageAuth.KEY), "k3y=="))
                .containsExactly(entry("fs.azure.account.key.acct.blob.core.windows.net", "k3y=="));
        assertThat(HadoopSettings.forConnection(blob(StorageAuth.SAS), "?sv=1&sig=x"))
                .containsExactly(entry("fs.azure.sas.raw.acct.blob.core.windows.net", "sv=1&sig=x"));
    }

    @Test
    void azuriteKeyIsForTheLocalhostAccountAndPort() {
        assertThat(HadoopSettings.forConnection(azurite("http://127.0.0.1:10000/devstoreaccount1"), "k3y=="))
                .containsExactly(entry("fs.azure.account.key.devstoreaccount1.localhost:10000", "k3y=="));
    }

    @Test
    void adlsKey() {
        assertThat(HadoopSettings.forConnection(adls(StorageAuth.KEY), "k3y==")).containsExactly(
                entry("fs.azure.account.auth.type.acct.dfs.core.windows.net", "SharedKey"),
                entry("fs.azure.account.key.acct.dfs.core.windows.net", "k3y=="),
                entry("fs.azure.io.retry.max.retries.acct.dfs.core.windows.net", "2"));
    }

    @Test
    void adlsServicePrincipal() {
        String host = "acct.dfs.core.windows.net";
        assertThat(HadoopSettings.forConnection(adls(StorageAuth.SERVICE_PRINCIPAL), "s3cr3t")).containsExactly(
                entry("fs.azure.account.auth.type." + host, "OAuth"),
                entry("fs.azure.account.oauth.provider.type." + host,
                        "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider"),
                entry("fs.azure.account.oauth2.client.id." + host, "client-1"),
                entry("fs.azure.account.oauth2.client.secret." + host, "s3cr3t"),
                entry("fs.azure.account.oauth2.client.endpoint." + host,
                        "https://login.microsoftonline.com/tenant-1/oauth2/token"),
                entry("fs.azure.io.retry.max.retries." + host, "2"));
    }

    @Test
    void adlsSas() {
        String host = "acct.dfs.core.windows.net";
        assertThat(HadoopSettings.forConnection(adls(StorageAuth.SAS), "sv=1&sig=x")).containsExactly(
                entry("fs.azure.account.auth.type." + host, "SAS"),
                entry("fs.azure.sas.token.provider.type." + host, "dev.lakehouse.explorer.engine.spark.FixedSasTokenProvider"),
                entry("fs.azure.sas.fixed.token." + host, "sv=1&sig=x"),
                entry("fs.azure.io.retry.max.retries." + host, "2"));
    }

    @Test
    void defaultSignInAndLocalFoldersGiveNoKeys(@TempDir Path dir) {
        assertThat(HadoopSettings.forConnection(adls(StorageAuth.DEFAULT), null)).isEmpty();
        var local = new Connection("here", ConnectionType.LOCAL, null, null, dir.toString(), StorageAuth.NONE, null, null, null);
        assertThat(HadoopSettings.forConnection(local, null)).isEmpty();
    }

    @Test
    void globalKeysCapRetries() {
        Map<String, String> g = HadoopSettings.global();
        assertThat(g).containsEntry("fs.azure.io.retry.max.retries", "2")
                .containsEntry("fs.azure.io.retry.max.backoff.interval", "2000")
                .containsEntry("fs.azure.oauth.token.fetch.retry.max.retries", "2");
        assertThat(g.keySet()).allMatch(k -> !k.contains("windows.net") && !k.contains("localhost"));
    }
}

package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageUriTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "abfss://lake@acct.dfs.core.windows.net/",
            "abfs://lake@acct.dfs.core.windows.net/bronze/orders",
            "wasbs://raw@acct.blob.core.windows.net/données 2026/é.csv",
            "wasb://raw@devstoreaccount1.localhost:10000/a b/c",
            "file:/tmp/données 2026/é.csv"})
    void uriTextRoundTrips(String text) {
        assertThat(StorageUri.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void azurePartsAreSplit() {
        StorageUri u = StorageUri.parse("ABFSS://lake@acct.dfs.core.windows.net/bronze/orders/");
        assertThat(u.scheme()).isEqualTo("abfss");
        assertThat(u.container()).isEqualTo("lake");
        assertThat(u.host()).isEqualTo("acct.dfs.core.windows.net");
        assertThat(u.path()).isEqualTo("/bronze/orders/");
        assertThat(u.authority()).isEqualTo("lake@acct.dfs.core.windows.net");
        assertThat(u.relativePath()).isEqualTo("bronze/orders");
        assertThat(StorageUri.parse("wasb://c@h:10000").path()).isEqualTo("/");
        assertThat(StorageUri.parse("wasb://c@devstoreaccount1.localhost:10000/x").host())
                .isEqualTo("devstoreaccount1.localhost:10000");
    }

    @Test
    void localPathsBecomeFileUris(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path p = dir.resolve("données 2026").resolve("é.csv");
        StorageUri u = StorageUri.parse(p.toString());
        assertThat(u.isLocal()).isTrue();
        assertThat(u.toString()).isEqualTo("file:" + p.toAbsolutePath().toString().replace('\\', '/'));
        assertThat(u.localPath()).isEqualTo(p.toAbsolutePath());
        assertThat(StorageUri.parse("file:///tmp/x").toString()).isEqualTo("file:/tmp/x");
        assertThat(StorageUri.parse("file://localhost/tmp/x").toString()).isEqualTo("file:/tmp/x");
        assertThat(StorageUri.of(p)).isEqualTo(u);
    }

    @Test
    void resolveAddsARelativePath() {
        StorageUri root = StorageUri.parse("abfss://lake@acct.dfs.core.windows.net/");
        assertThat(root.resolve("données 2026/é.csv").toString())
                .isEqualTo("abfss://lake@acct.dfs.core.windows.net/données 2026/é.csv");
        assertThat(root.relativePath()).isEmpty();
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> StorageUri.parse("s3://bucket/key")).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("'s3://bucket/key' is not a storage URI");
        assertThatThrownBy(() -> StorageUri.parse("abfss://no-container.dfs.core.windows.net/"))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> StorageUri.parse("file://otherhost/x")).hasMessageContaining("another machine");
    }
}

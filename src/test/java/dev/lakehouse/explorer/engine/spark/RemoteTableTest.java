package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.testing.Azurite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Delta table on Azurite, end to end through the engine: a connection whose key comes from a local scope, SQL
 * that writes and appends through WASB, time travel, the Catalog's reader and the storage browser.
 */
class RemoteTableTest {
    private static SparkEngine engine;
    private static String table;

    @BeforeAll
    static void writeATableToAzurite() {
        engine = SharedEngine.get();
        Azurite azurite = Azurite.shared();
        if (engine.secrets().scopes().stream().noneMatch(s -> s.name().equals("remote-tests"))) {
            engine.secrets().createLocalScope("remote-tests");
        }
        engine.secrets().put("remote-tests", "azurite-key", azurite.accountKey());
        Connection c = engine.connections().add(new Connection("remote-tests", ConnectionType.AZURITE, Azurite.ACCOUNT,
                "remote-tests", azurite.endpoint(), StorageAuth.KEY, "{{secrets/remote-tests/azurite-key}}", null, null));
        table = engine.connections().rootUri(c) + "tables/orders";
        sql("CREATE TABLE default.remote_orders (id INT, city STRING) USING delta LOCATION '" + table + "'");
        sql("INSERT INTO default.remote_orders VALUES (1, 'Oslo'), (2, 'Bergen')");
        sql("INSERT INTO delta.`" + table + "` VALUES (3, 'Tromsø')");
    }

    private static QueryResult sql(String statement) {
        return engine.sql().execute(statement, 100, JobContext.silent("test"));
    }

    @Test
    void everyVersionReadsBackThroughSql() {
        assertThat(sql("SELECT count(*) FROM default.remote_orders VERSION AS OF 0").firstPage().rows()).containsExactly(List.of(0L));
        assertThat(sql("SELECT count(*) FROM default.remote_orders VERSION AS OF 1").firstPage().rows()).containsExactly(List.of(2L));
        assertThat(sql("SELECT id, city FROM delta.`" + table + "` ORDER BY id").firstPage().rows())
                .containsExactly(List.of(1, "Oslo"), List.of(2, "Bergen"), List.of(3, "Tromsø"));
    }

    @Test
    void aStatementThatNamesTheTableOnlyStillReachesItsConnection() {
        var spark = org.apache.spark.sql.SparkSession.active();
        var names = new RemoteTableNames();
        assertThat(names.locations(spark, "SELECT count(*) FROM default.remote_orders WHERE id > 1"))
                .isEqualTo(table + " ");
        assertThat(names.locations(spark, "INSERT INTO remote_orders SELECT * FROM default.no_such_table"))
                .isEqualTo(table + " ");
        assertThat(names.locations(spark, "SELECT t.id FROM range(3) t")).isEmpty();
        assertThat(names.locations(spark, "SELECT count(*) FROM default.remote_orders")).isEqualTo(table + " "); // cached
    }

    @Test
    void theCatalogReaderOpensTheRemoteTableByNameAndByUri() {
        TableRef byName = engine.locator().resolve("default.remote_orders");
        assertThat(byName.isRemote()).isTrue();
        assertThat(byName.sparkPath()).isEqualTo(table);
        List<TableVersion> history = engine.tables().history(TableRef.parse(table));
        assertThat(history).extracting(TableVersion::version).containsExactly(2L, 1L, 0L);
        assertThat(history).extracting(TableVersion::operation).containsExactly("WRITE", "WRITE", "CREATE TABLE");
        assertThat(history).allMatch(TableVersion::readable);
        TableDetail detail = engine.tables().detail(byName, 1L);
        assertThat(detail.location()).isEqualTo(table);
        assertThat(detail.version()).isEqualTo(1);
        assertThat(engine.tables().rowCount(byName, 1L)).isEqualTo(2);
        assertThat(engine.tables().schema(byName, null).fields()).extracting(f -> f.name() + ":" + f.type())
                .containsExactly("id:int", "city:string");
        assertThat(engine.tables().firstRows(byName, 2L, 2).hasMore()).isTrue();
        assertThat(engine.tables().versionAt(byName, history.get(0).timestamp())).isEqualTo(2L);
    }

    @Test
    void theStorageBrowserSeesTheTableFolderAsADeltaTable() {
        String root = table.substring(0, table.length() - "orders".length());
        List<StorageEntry> entries = engine.storage().list(root);
        assertThat(entries).extracting(StorageEntry::name).containsExactly("orders");
        assertThat(entries.get(0).isDeltaTable()).isTrue();
        assertThat(entries.get(0).path()).isEqualTo(table);
    }

    @Test
    void theSparkConfigurationNeverShowsTheKey() {
        String key = Azurite.shared().accountKey();
        var set = sql("SET -v").firstPage().rows().toString() + sql("SET").firstPage().rows();
        assertThat(set).doesNotContain(key).doesNotContain("devstoreaccount1.localhost");
        assertThat(sql("SELECT secret('remote-tests', 'azurite-key') AS k").firstPage().rows())
                .containsExactly(List.of("[REDACTED]"));
    }
}

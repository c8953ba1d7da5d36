package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.ui.fake.FakeConnectionService;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import dev.lakehouse.explorer.ui.fake.FakeSecretService;
import dev.lakehouse.explorer.ui.fake.FakeStorageService;

import java.util.List;

import static dev.lakehouse.explorer.ui.fake.FakeStorageService.delta;
import static dev.lakehouse.explorer.ui.fake.FakeStorageService.dir;
import static dev.lakehouse.explorer.ui.fake.FakeStorageService.file;

/** A fake engine with one saved Azurite connection ("lake"), a local scope "class" and a small storage tree. */
final class ConnectionsFixture {
    static final String ROOT = "wasb://lakehouse@devstoreaccount1.localhost:10000/";
    static final String KEY_VALUE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    final FakeEngine engine = FakeEngine.ready();
    final FakeSecretService secrets = new FakeSecretService().withLocalScope("class", "storage-key");
    final FakeConnectionService connections = new FakeConnectionService().with(lake());
    final FakeStorageService storage = new FakeStorageService()
            .folder(ROOT, dir(ROOT, "raw"), dir(ROOT, "tables"), file(ROOT, "readme.txt", 1536))
            .folder(ROOT + "raw/", file(ROOT + "raw/", "houses.csv", 4_200_000))
            .folder(ROOT + "tables/", delta(ROOT + "tables/", "houses"))
            .folder(ROOT + "tables/houses/", dir(ROOT + "tables/houses/", "_delta_log"));

    ConnectionsFixture() {
        engine.secrets = secrets;
        engine.connections = connections;
        engine.storage = storage;
        engine.sql.answer("CREATE OR REPLACE TABLE default\\.workshop_houses USING delta .*",
                m -> new ResultPage(List.of(), List.of(), false));
    }

    static Connection lake() {
        return new Connection("lake", ConnectionType.AZURITE, "devstoreaccount1", "lakehouse",
                "http://127.0.0.1:10000/devstoreaccount1", StorageAuth.KEY, "{{secrets/class/storage-key}}", null, null);
    }
}

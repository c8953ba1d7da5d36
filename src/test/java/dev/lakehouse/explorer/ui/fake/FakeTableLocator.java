package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.delta.TableLocator;
import dev.lakehouse.explorer.engine.delta.TableRef;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/** Names of the {@link FakeLakehouse} and folders of the {@link FakeTableReader}, as the metastore would resolve them. */
public final class FakeTableLocator implements TableLocator {
    private final FakeLakehouse lake;
    private final FakeTableReader reader;
    public final List<String> resolved = new CopyOnWriteArrayList<>();

    FakeTableLocator(FakeLakehouse lake, FakeTableReader reader) {
        this.lake = lake;
        this.reader = reader;
    }

    @Override
    public TableRef resolve(String nameOrPath) {
        resolved.add(nameOrPath);
        if (nameOrPath.startsWith("/") || nameOrPath.startsWith("file:")) {
            TableRef ref = TableRef.parse(nameOrPath);
            if (reader.exists(ref.location())) {
                return ref;
            }
            throw new InvalidRequestException("No table at " + nameOrPath);
        }
        try {
            var table = lake.table(nameOrPath);
            return TableRef.parse(table.summary().location());
        } catch (QueryException notFound) {
            throw new InvalidRequestException("No table is called " + nameOrPath + ".");
        }
    }
}

package dev.lakehouse.explorer.engine.delta;

/**
 * Turns what a user types — a metastore name ({@code silver.orders}) or a folder path — into a {@link TableRef}.
 * Names are looked up in the workspace's metastore without starting Spark, so browsing stays compute-free.
 */
public interface TableLocator {

    /**
     * @throws dev.lakehouse.explorer.engine.InvalidRequestException when no table has that name and no folder that path
     */
    TableRef resolve(String nameOrPath);
}

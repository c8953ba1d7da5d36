package dev.lakehouse.explorer.engine.connections;

/** The kinds of storage a connection reaches. */
public enum ConnectionType {
    /** ADLS Gen2 through the ABFS driver: {@code abfss://<container>@<account>.dfs.core.windows.net/}. */
    ADLS,
    /** Azure Blob storage through WASB: {@code wasbs://<container>@<account>.blob.core.windows.net/}. */
    BLOB,
    /** The Azurite storage emulator (Blob service), default endpoint {@code http://127.0.0.1:10000/devstoreaccount1}. */
    AZURITE,
    /** A folder on this machine. */
    LOCAL
}

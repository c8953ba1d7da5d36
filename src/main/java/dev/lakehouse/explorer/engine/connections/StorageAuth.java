package dev.lakehouse.explorer.engine.connections;

/** How a connection signs its requests. The credential itself always comes from a secret scope. */
public enum StorageAuth {
    /** The storage account's access key. */
    KEY,
    /** A shared access signature (SAS token). */
    SAS,
    /** A service principal's client secret (OAuth client credentials; ADLS Gen2). */
    SERVICE_PRINCIPAL,
    /** An azure-identity DefaultAzureCredential (environment, managed identity, Azure CLI). */
    DEFAULT,
    /** No credential (a local folder). */
    NONE
}

package dev.lakehouse.explorer.engine.connections;

import java.util.Objects;

/**
 * A named, saved way to reach storage. It never holds a credential: {@code secret} is a reference
 * ({@code {{secrets/<scope>/<key>}}}) to the account key, SAS token or client secret, resolved at the moment of use.
 *
 * @param name      unique name of the connection
 * @param type      ADLS Gen2, Blob, Azurite or a local folder
 * @param account   storage account name ({@code devstoreaccount1} for Azurite); null for a local folder
 * @param container container (file system) name; null for a local folder
 * @param endpoint  the Blob endpoint for Azurite ({@code http://127.0.0.1:10000/devstoreaccount1}); null elsewhere
 *                  (Azure's public endpoints). For a local folder: the folder.
 * @param auth      how requests are signed
 * @param secret    the reference to the credential, null for {@link StorageAuth#DEFAULT} and {@link StorageAuth#NONE}
 * @param tenant    a service principal's tenant id, else null
 * @param clientId  a service principal's client id, else null
 */
public record Connection(String name, ConnectionType type, String account, String container, String endpoint,
                         StorageAuth auth, String secret, String tenant, String clientId) {
    public Connection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(auth, "auth");
    }
}

package dev.lakehouse.explorer.engine.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.azurebfs.extensions.SASTokenProvider;

import java.io.IOException;

/**
 * One SAS token for every ABFS request to an account, read from {@code fs.azure.sas.fixed.token.<account host>}.
 * Hadoop 3.3.4 (the version Spark 3.5 brings) has no such provider of its own; later Hadoop versions do.
 */
public final class FixedSasTokenProvider implements SASTokenProvider {
    private Configuration conf;
    private String account;

    @Override
    public void initialize(Configuration configuration, String accountName) throws IOException {
        this.conf = configuration;
        this.account = accountName;
    }

    @Override
    public String getSASToken(String accountName, String fileSystem, String path, String operation) throws IOException {
        String token = conf.get("fs.azure.sas.fixed.token." + (accountName != null ? accountName : account));
        if (token == null || token.isBlank()) {
            throw new IOException("No SAS token configured for storage account " + accountName);
        }
        return token.startsWith("?") ? token.substring(1) : token;
    }
}

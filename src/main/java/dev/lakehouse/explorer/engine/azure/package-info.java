/**
 * The one package that knows the Azure SDK: Key Vault-backed secret scopes ({@link
 * dev.lakehouse.explorer.engine.azure.AzureKeyVaultScopes}, {@link dev.lakehouse.explorer.engine.azure.KeyVaultScope})
 * over azure-identity credentials, with SDK failures turned into one-line
 * {@link dev.lakehouse.explorer.engine.SecretException}s. It sees the engine's face only — no Spark, Hadoop, Delta,
 * JavaFX, UI or command line — and hands out plain strings and records.
 */
package dev.lakehouse.explorer.engine.azure;

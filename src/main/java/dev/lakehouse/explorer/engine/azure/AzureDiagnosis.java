package dev.lakehouse.explorer.engine.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.file.datalake.models.ListPathsOptions;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionCheck;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * "Test connection" for one connection: resolve, endpoint, credential, container, list, write, and dfs for ADLS,
 * each made only when the one before passed, so the first failure names the cause.
 */
final class AzureDiagnosis {
    private final AzureClients clients;
    private final Connection c;
    private final String credential;
    private BlobContainerClient container;
    /** What the credential check learnt about the container: TRUE/FALSE, or null when it could not tell. */
    private Boolean containerExists;

    AzureDiagnosis(AzureClients clients, Connection c, String credential) {
        this.clients = clients;
        this.c = c;
        this.credential = credential;
    }

    private record Step(String name, Supplier<ConnectionCheck> check) {
    }

    List<ConnectionCheck> run() {
        List<Step> steps = new ArrayList<>(List.of(
                new Step("resolve", () -> NetworkChecks.resolve(AzureEndpoint.of(c))),
                new Step("endpoint", () -> NetworkChecks.endpoint(AzureEndpoint.of(c))),
                new Step("credential", this::credential),
                new Step("container", this::container),
                new Step("list", this::list),
                new Step("write", this::write)));
        if (c.type() == ConnectionType.ADLS) {
            steps.add(new Step("dfs", this::dfs));
        }
        List<ConnectionCheck> checks = new ArrayList<>();
        for (Step step : steps) {
            ConnectionCheck check = guarded(step);
            checks.add(check);
            if (!check.ok()) {
                break;
            }
        }
        return List.copyOf(checks);
    }

    /** A check that throws (a badly formed connection, an unexpected SDK error) fails with a one-line message. */
    private ConnectionCheck guarded(Step step) {
        try {
            ConnectionCheck check = step.check().get();
            return new ConnectionCheck(check.check(), check.ok(), Redaction.safe(check.message(), credential));
        } catch (RuntimeException e) {
            return fail(step.name(), AzureStorageErrors.map(e, c, "check " + step.name(), credential).getMessage());
        }
    }

    private ConnectionCheck credential() {
        Optional<String> sasProblem = sasProblem();
        if (sasProblem.isPresent()) {
            return fail("credential", sasProblem.get());
        }
        container = clients.container(c, credential);
        String noun = AzureStorageErrors.credentialNoun(c.auth());
        try {
            containerExists = container.exists();
            return ok("credential", "The " + noun + " was accepted");
        } catch (HttpResponseException e) {
            String code = AzureStorageErrors.errorCode(e);
            int status = AzureStorageErrors.status(e);
            if (status == 403 && !AzureStorageErrors.isRefusal(status, code)) {
                // Signed correctly, but not allowed to read the container's properties: a narrow SAS or role.
                return ok("credential", "The " + noun + " was accepted (it may not read container properties)");
            }
            // The service may refuse a token for expiring during the request or for clock skew: say which.
            return fail("credential", sasProblem().orElse(AzureStorageErrors.message(e, c, "use the " + noun)));
        }
    }

    private Optional<String> sasProblem() {
        return c.auth() == StorageAuth.SAS && credential != null
                ? SasToken.parse(credential).problem(Instant.now()) : Optional.empty();
    }

    private ConnectionCheck container() {
        if (containerExists == null) {
            containerExists = firstPage(); // a narrow credential: listing tells whether the container exists
        }
        return containerExists ? ok("container", "Container '" + c.container() + "' exists")
                : fail("container", AzureStorageErrors.containerMissing(c.container()));
    }

    private boolean firstPage() {
        try {
            container.listBlobs(new ListBlobsOptions().setMaxResultsPerPage(1), AzureClients.TRY_TIMEOUT)
                    .streamByPage().findFirst();
            return true;
        } catch (HttpResponseException e) {
            if (AzureStorageErrors.status(e) == 404) {
                return false;
            }
            throw AzureStorageErrors.map(e, c, "read container " + c.container(), credential);
        }
    }

    private ConnectionCheck list() {
        try {
            container.listBlobs(new ListBlobsOptions().setMaxResultsPerPage(1), AzureClients.TRY_TIMEOUT)
                    .streamByPage().findFirst();
            return ok("list", "Listing container '" + c.container() + "' is allowed");
        } catch (RuntimeException e) {
            return fail("list", AzureStorageErrors.message(e, c, "list container " + c.container()));
        }
    }

    private ConnectionCheck write() {
        String probe = ".lakehouse-probe-" + UUID.randomUUID().toString().substring(0, 8);
        var blob = container.getBlobClient(probe).getBlockBlobClient();
        try {
            blob.upload(BinaryData.fromString("lakehouse explorer write probe"), true);
        } catch (RuntimeException e) {
            return fail("write", AzureStorageErrors.message(e, c, "write to container " + c.container()));
        }
        try {
            blob.delete();
            return ok("write", "Writing and deleting in container '" + c.container() + "' are allowed");
        } catch (RuntimeException e) {
            return fail("write", AzureStorageErrors.message(e, c, "delete the probe " + probe + " in container "
                    + c.container() + " (writing is allowed; delete it yourself)"));
        }
    }

    private ConnectionCheck dfs() {
        String dfsHost = URI.create(AzureEndpoint.of(c).dfsUrl()).getHost();
        try {
            InetAddress.getByName(dfsHost);
        } catch (UnknownHostException e) {
            return fail("dfs", "Cannot resolve host " + dfsHost + ": the account has no DFS endpoint");
        }
        var fileSystem = clients.fileSystem(c, credential);
        try {
            // Listing paths is a DFS-only call: exists() and getProperties() go to the Blob endpoint in this SDK.
            fileSystem.listPaths(new ListPathsOptions().setMaxResults(1), AzureClients.TRY_TIMEOUT)
                    .streamByPage().findFirst();
            return ok("dfs", "The DFS endpoint " + AzureEndpoint.of(c).dfsUrl() + " serves ADLS Gen2");
        } catch (HttpResponseException e) {
            if (AzureStorageErrors.status(e) == 400) {
                return fail("dfs", "This endpoint does not serve ADLS Gen2 (DFS); use wasbs:// or a real ADLS Gen2"
                        + " account");
            }
            return fail("dfs", AzureStorageErrors.message(e, c, "use the DFS endpoint " + AzureEndpoint.of(c).dfsUrl()));
        }
    }

    private static ConnectionCheck ok(String check, String message) {
        return new ConnectionCheck(check, true, message);
    }

    private static ConnectionCheck fail(String check, String message) {
        return new ConnectionCheck(check, false, message);
    }
}

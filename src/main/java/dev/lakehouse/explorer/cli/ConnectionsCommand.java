package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionCheck;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.ConnectionTestResult;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Saved storage connections; credentials only as secret references ({@code {{secrets/SCOPE/KEY}}}). */
@Command(name = "connections", description = "Saved storage connections: ADLS Gen2, Blob, Azurite, local folders.",
        subcommands = {ConnectionsCommand.Add.class, ConnectionsCommand.ListAll.class, ConnectionsCommand.Test.class,
                ConnectionsCommand.Remove.class, ConnectionsCommand.Export.class, ConnectionsCommand.Import.class})
final class ConnectionsCommand {
    @ParentCommand
    LakehouseCommand root;

    ConnectionService connections() {
        return root.engine().connections();
    }

    @Command(name = "add", description = "Save a connection. The credential is a secret reference, never the value.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ConnectionsCommand parent;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--type", required = true, paramLabel = "TYPE", description = "adls, blob, azurite or local.")
        String type;

        @Option(names = "--account", paramLabel = "A", description = "Storage account (Azurite: devstoreaccount1).")
        String account;

        @Option(names = "--container", paramLabel = "C", description = "Container (file system).")
        String container;

        @Option(names = {"--endpoint", "--path"}, paramLabel = "URL",
                description = "Azurite's Blob endpoint (default http://127.0.0.1:10000/devstoreaccount1), "
                        + "an ADLS DFS endpoint, or a local connection's folder.")
        String endpoint;

        @Option(names = "--auth", paramLabel = "AUTH", description = "key (default for Azure), sas, service-principal or default.")
        String auth;

        @Option(names = "--secret", paramLabel = "REF", description = "The credential's reference: {{secrets/SCOPE/KEY}}.")
        String secret;

        @Option(names = "--tenant", paramLabel = "T", description = "A service principal's tenant id.")
        String tenant;

        @Option(names = "--client-id", paramLabel = "C", description = "A service principal's client id.")
        String clientId;

        @Override
        public Integer call() {
            ConnectionType t = parse(ConnectionType.class, type, "--type", "adls, blob, azurite or local");
            StorageAuth a = auth != null ? parse(StorageAuth.class, auth, "--auth", "key, sas, service-principal or default")
                    : t == ConnectionType.LOCAL ? StorageAuth.NONE : StorageAuth.KEY;
            Connection saved = parent.connections().add(new Connection(name, t, account, container,
                    t == ConnectionType.LOCAL && endpoint != null ? Path.of(endpoint).toAbsolutePath().toString() : endpoint,
                    a, secret, tenant, clientId));
            parent.root.out().println("Saved connection " + saved.name() + ": " + parent.connections().rootUri(saved));
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "List the saved connections.")
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        ConnectionsCommand parent;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.TABLE;

        @Override
        public Integer call() {
            Listing listing = new Listing("name", "type", "uri", "auth", "secret");
            ConnectionService connections = parent.connections();
            for (Connection c : connections.list()) {
                listing.row(c.name(), SecretsCommand.word(c.type()), connections.rootUri(c), SecretsCommand.word(c.auth()), c.secret());
            }
            listing.print(format, parent.root.out());
            return Cli.OK;
        }
    }

    @Command(name = "test", description = "Test a connection: name, endpoint, credential, container, list, write.")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        ConnectionsCommand parent;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
        OutputFormat format = OutputFormat.TABLE;

        @Override
        public Integer call() {
            ConnectionTestResult result = parent.connections().test(name);
            PrintWriter out = parent.root.out();
            if (format == OutputFormat.JSON) {
                json(out, result);
            } else {
                for (ConnectionCheck c : result.checks()) {
                    out.println((c.ok() ? "ok    " : "FAILED") + "  " + c.check() + ": " + c.message());
                }
                out.println(result.ok() ? "Connection " + name + " works." : "Connection " + name + " does not work.");
            }
            return result.ok() ? Cli.OK : Cli.USER_ERROR;
        }

        private static void json(PrintWriter out, ConnectionTestResult result) {
            try {
                JsonGenerator json = JsonOutput.generator(out);
                json.writeStartObject();
                json.writeStringField("name", result.name());
                json.writeBooleanField("ok", result.ok());
                json.writeArrayFieldStart("checks");
                for (ConnectionCheck c : result.checks()) {
                    json.writeStartObject();
                    json.writeStringField("check", c.check());
                    json.writeBooleanField("ok", c.ok());
                    json.writeStringField("message", c.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "remove", description = "Remove a saved connection (the data it reaches is not touched).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        ConnectionsCommand parent;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            parent.connections().remove(name);
            parent.root.out().println("Removed connection " + name + ".");
            return Cli.OK;
        }
    }

    @Command(name = "export", description = "Write every connection to a file (secrets as references only).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ConnectionsCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            int n = parent.connections().exportTo(file);
            parent.root.out().println("Exported " + n + (n == 1 ? " connection" : " connections") + " to " + file + ".");
            return Cli.OK;
        }
    }

    @Command(name = "import", description = "Add the connections of an exported file (all or none).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ConnectionsCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            List<Connection> added = parent.connections().importFrom(file);
            parent.root.out().println("Imported " + added.size() + (added.size() == 1 ? " connection" : " connections")
                    + (added.isEmpty() ? "." : ": " + String.join(", ", added.stream().map(Connection::name).toList()) + "."));
            return Cli.OK;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String option, String allowed) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown " + option + " '" + text + "': use " + allowed + ".");
        }
    }
}

package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The storage browser on the command line, through the saved connection that reaches each URI. */
@Command(name = "storage", description = "List, upload and download through saved connections.",
        subcommands = {StorageCommand.Ls.class, StorageCommand.Upload.class, StorageCommand.Download.class})
final class StorageCommand {
    @ParentCommand
    LakehouseCommand root;

    @Command(name = "ls", description = "List the folders and files under a URI (Delta tables marked).")
    static final class Ls implements Callable<Integer> {
        @ParentCommand
        StorageCommand parent;

        @Parameters(paramLabel = "URI")
        String uri;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.TABLE;

        @Override
        public Integer call() {
            Listing listing = new Listing("name", "path", "isDirectory", "size", "modified", "isDeltaTable");
            for (StorageEntry e : parent.root.engine().storage().list(uri)) {
                listing.row(e.name(), e.path(), e.isDirectory(), e.size(), e.modified(), e.isDeltaTable());
            }
            listing.print(format, parent.root.out());
            return Cli.OK;
        }
    }

    @Command(name = "upload", description = "Upload a local file or folder to a URI (a missing container is created).")
    static final class Upload implements Callable<Integer> {
        @ParentCommand
        StorageCommand parent;

        @Parameters(index = "0", paramLabel = "LOCAL")
        Path local;

        @Parameters(index = "1", paramLabel = "URI")
        String uri;

        @Override
        public Integer call() {
            long bytes = parent.root.engine().storage().upload(local, uri, JobContext.silent("Upload " + local));
            parent.root.out().println("Uploaded " + local + " to " + uri + " (" + bytes + " bytes).");
            return Cli.OK;
        }
    }

    @Command(name = "download", description = "Download a file from a URI to a local file or folder.")
    static final class Download implements Callable<Integer> {
        @ParentCommand
        StorageCommand parent;

        @Parameters(index = "0", paramLabel = "URI")
        String uri;

        @Parameters(index = "1", paramLabel = "LOCAL")
        Path local;

        @Override
        public Integer call() {
            long bytes = parent.root.engine().storage().download(uri, local, JobContext.silent("Download " + uri));
            parent.root.out().println("Downloaded " + uri + " to " + local + " (" + bytes + " bytes).");
            return Cli.OK;
        }
    }
}

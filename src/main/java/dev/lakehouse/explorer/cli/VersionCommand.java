package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** Prints the versions of the app, Spark, Delta and Java; starts no engine. */
@Command(name = "version", description = "Print the versions of Lakehouse Explorer, Spark, Delta Lake and Java.")
final class VersionCommand implements Callable<Integer> {
    @ParentCommand
    LakehouseCommand root;

    @Override
    public Integer call() {
        for (String line : new Provider().getVersion()) {
            root.out().println(line);
        }
        return Cli.OK;
    }

    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Versions v = Versions.current();
            return new String[] {
                "Lakehouse Explorer " + v.app(),
                "Apache Spark " + v.spark(),
                "Delta Lake " + v.delta(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}

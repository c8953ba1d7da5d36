package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.samples.LoadedTable;
import dev.lakehouse.explorer.engine.samples.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;

/** The workshop's sample data: load it into bronze, or generate larger copies. */
@Command(name = "sample", description = "Load or generate the workshop's sample datasets.",
        subcommands = {SampleCommand.Load.class, SampleCommand.Generate.class})
final class SampleCommand {
    @ParentCommand
    LakehouseCommand root;

    @Command(name = "load", description = "Create the sample lakehouse: load the sample files into bronze Delta tables.")
    static final class Load implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        SampleCommand sample;

        @Override
        public Integer call() {
            List<LoadedTable> tables = sample.root.engine().samples().load(JobContext.silent("Create sample lakehouse"));
            for (LoadedTable t : tables) {
                sample.root.out().printf("%-28s %,d rows%n", t.table(), t.rows());
            }
            return Cli.OK;
        }
    }

    @Command(name = "generate", description = "Write the sample datasets at any size, deterministically (no engine needed).")
    static final class Generate implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        SampleCommand sample;

        @Option(names = "--rows", paramLabel = "N", description = "Size (default ${DEFAULT-VALUE}); see sample-data/README.md for how it maps to each dataset.")
        int rows = SampleGenerator.DEFAULT_ROWS;

        @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}); the same seed gives the same files.")
        long seed = SampleGenerator.DEFAULT_SEED;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default ${DEFAULT-VALUE}).")
        Path out = Path.of("sample-data-generated");

        @Override
        public Integer call() {
            List<Path> files = SampleGenerator.generate(out, rows, seed);
            for (Path f : files) {
                sample.root.out().println(f);
            }
            return Cli.OK;
        }
    }
}

package dev.lakehouse.explorer.engine.samples;

import dev.lakehouse.explorer.engine.jobs.JobContext;

import java.util.List;

/** Loads the workshop's sample datasets into {@code bronze} Delta tables. */
public interface SampleService {

    /**
     * Copies the sample files into the workspace ({@code samples/}) and (re)creates the bronze tables from them.
     * Loading twice gives the same tables, not duplicated rows.
     */
    List<LoadedTable> load(JobContext ctx);
}

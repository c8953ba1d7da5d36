package dev.lakehouse.explorer.ui.common;

import dev.lakehouse.explorer.engine.jobs.JobContext;

/** One piece of engine work, run by a {@link TaskRunner} on a worker thread with the context it creates. */
@FunctionalInterface
public interface EngineCall<T> {

    T call(JobContext ctx) throws Exception;
}

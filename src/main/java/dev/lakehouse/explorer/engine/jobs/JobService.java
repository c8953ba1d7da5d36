package dev.lakehouse.explorer.engine.jobs;

/** Cancels running work. */
public interface JobService {

    /** Cancels every Spark job started under this job id; unknown ids are ignored. */
    void cancel(String jobId);
}

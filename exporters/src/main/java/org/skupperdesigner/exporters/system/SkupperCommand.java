package org.skupperdesigner.exporters.system;

import java.time.Duration;
import java.util.List;

/** The {@code skupper} command line, behind an interface so system-mode applies can be tested without it. */
public interface SkupperCommand {

    /** True when the command can be run on this machine. */
    boolean installed();

    /** Runs {@code skupper <args>} and waits at most {@code timeout}. */
    Result run(List<String> args, Duration timeout);

    /**
     * @param exitCode the process's exit code; -1 when it timed out or could not start
     * @param output   what it printed (stdout and stderr), possibly truncated
     */
    record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }
}

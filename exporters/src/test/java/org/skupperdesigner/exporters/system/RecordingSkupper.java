package org.skupperdesigner.exporters.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for the skupper command that records what it was asked to run. */
final class RecordingSkupper implements SkupperCommand {

    final List<List<String>> runs = new ArrayList<>();
    private final boolean installed;

    RecordingSkupper(boolean installed) {
        this.installed = installed;
    }

    @Override
    public boolean installed() {
        return installed;
    }

    @Override
    public Result run(List<String> args, Duration timeout) {
        runs.add(List.copyOf(args));
        return new Result(0, "ok");
    }
}

package org.skupperdesigner.exporters.system;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs the {@code skupper} executable found on {@code PATH}. */
public final class ProcessSkupperCommand implements SkupperCommand {

    private static final int MAX_OUTPUT = 64 * 1024;

    private final Optional<Path> executable;

    public ProcessSkupperCommand() {
        this(System.getenv("PATH"));
    }

    public ProcessSkupperCommand(String path) {
        this.executable = find(path);
    }

    @Override
    public boolean installed() {
        return executable.isPresent();
    }

    @Override
    public Result run(List<String> args, Duration timeout) {
        if (executable.isEmpty()) {
            return new Result(-1, "skupper is not installed (not found on PATH)");
        }
        List<String> command = new ArrayList<>();
        command.add(executable.get().toString());
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, "cannot start skupper: " + e.getMessage());
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copyBounded(process.getInputStream(), output), "skupper-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "skupper " + String.join(" ", args) + " did not finish within "
                        + timeout.toSeconds() + "s");
            }
            reader.join(1000);
            return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8).strip());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static void copyBounded(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[4096];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (out) {
                    if (out.size() < MAX_OUTPUT) {
                        out.write(buffer, 0, Math.min(n, MAX_OUTPUT - out.size()));
                    }
                }
            }
        } catch (IOException e) {
            // the process went away; what was read is kept
        }
    }

    private static Optional<Path> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "skupper");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

package org.skupperdesigner.router.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programs the reference figures were taken with (iperf3 as client and server, haproxy as the
 * TCP relay), found on the PATH. The reference section of the bench needs both.
 */
final class ReferenceTools {
    static final String INSTALL_HINT = "install them (Debian/Ubuntu: apt-get install iperf3 haproxy; "
            + "Fedora: dnf install iperf3 haproxy) or leave --references off";

    private final Path iperf3;
    private final Path haproxy;

    private ReferenceTools(Path iperf3, Path haproxy) {
        this.iperf3 = iperf3;
        this.haproxy = haproxy;
    }

    /** Finds both programs on {@code path} (a PATH-style list), or explains which are missing and what to do. */
    static ReferenceTools find(String path) {
        Optional<Path> iperf3 = onPath(path, "iperf3");
        Optional<Path> haproxy = onPath(path, "haproxy");
        List<String> missing = new ArrayList<>();
        iperf3.ifPresentOrElse(p -> { }, () -> missing.add("iperf3"));
        haproxy.ifPresentOrElse(p -> { }, () -> missing.add("haproxy"));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the reference comparison needs " + String.join(" and ", missing)
                    + " on the PATH, which " + (missing.size() == 1 ? "does" : "do") + " not have it: "
                    + INSTALL_HINT);
        }
        return new ReferenceTools(iperf3.get(), haproxy.get());
    }

    /** The PATH, then the system folders a Debian user's PATH leaves out (haproxy is in /usr/sbin). */
    static ReferenceTools fromEnvironment() {
        return find(String.join(File.pathSeparator, System.getenv().getOrDefault("PATH", ""), "/usr/local/sbin",
                "/usr/sbin", "/sbin"));
    }

    Path iperf3() {
        return iperf3;
    }

    Path haproxy() {
        return haproxy;
    }

    private static Optional<Path> onPath(String path, String program) {
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

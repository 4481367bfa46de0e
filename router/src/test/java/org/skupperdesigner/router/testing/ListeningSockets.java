package org.skupperdesigner.router.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Listening TCP sockets owned by this JVM, read from /proc (Linux only). */
public final class ListeningSockets {
    private ListeningSockets() {
    }

    /** "address:port" of every LISTEN socket this process holds, address as in /proc (hex). */
    public static Set<String> ofThisProcess() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException ignored) {
                    // fd closed meanwhile
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && "0A".equals(f[3]) && inodes.contains(f[9])) {
                    String[] local = f[1].split(":");
                    String address = local[0].startsWith("0000000000000000FFFF0000") ? local[0].substring(24) : local[0];
                    listening.add(address + ":" + Integer.parseInt(local[1], 16)); // IPv4-mapped shown as IPv4
                }
            }
        }
        return listening;
    }

    public static String loopback(int port) {
        return "0100007F:" + port;
    }
}

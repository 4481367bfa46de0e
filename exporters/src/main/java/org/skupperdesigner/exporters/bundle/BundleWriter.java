package org.skupperdesigner.exporters.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.skupperdesigner.model.design.AtomicFileWriter;

/**
 * Writes an export's files under one folder: sensitive files owner-only (never through a temp or backup file others
 * could read), the others atomically. Files of an earlier export that the design no longer produces are removed
 * from the site folders' {@code resources/} and {@code pending/}, so {@code kubectl apply -f <site>/resources}
 * never applies something deleted from the design.
 */
public final class BundleWriter {

    private final AtomicFileWriter atomic = new AtomicFileWriter();

    /** Writes the files and returns the written paths in order. */
    public List<Path> write(Path dir, List<BundleFile> files) throws IOException {
        List<Path> written = new ArrayList<>();
        Set<Path> keep = new HashSet<>();
        for (BundleFile file : files) {
            Path target = dir.resolve(file.path()).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IOException("refusing to write outside the output folder: " + file.path());
            }
            if (file.sensitive()) {
                OwnerOnlyFiles.write(target, file.content(), file.executable());
            } else {
                atomic.write(target, file.content());
                Files.deleteIfExists(AtomicFileWriter.backupOf(target));
                // the atomic writer's temp file is owner-only; ordinary output is world-readable like any file
                setMode(target, file.executable() ? "rwxr-xr-x" : "rw-r--r--");
            }
            written.add(target);
            keep.add(target.toAbsolutePath().normalize());
        }
        removeStale(dir, files, keep);
        return written;
    }

    private static void removeStale(Path dir, List<BundleFile> files, Set<Path> keep) throws IOException {
        Set<Path> managedFolders = new HashSet<>();
        for (BundleFile file : files) {
            Path parent = dir.resolve(file.path()).toAbsolutePath().normalize().getParent();
            String name = parent.getFileName().toString();
            if (name.equals(SiteBundleRenderer.RESOURCES) || name.equals(SiteBundleRenderer.PENDING)) {
                managedFolders.add(parent);
            }
            Path siteFolder = name.equals(SiteBundleRenderer.RESOURCES) || name.equals(SiteBundleRenderer.PENDING)
                    ? parent.getParent() : null;
            if (siteFolder != null) {
                managedFolders.add(siteFolder.resolve(SiteBundleRenderer.RESOURCES));
                managedFolders.add(siteFolder.resolve(SiteBundleRenderer.PENDING));
            }
        }
        for (Path folder : managedFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> list = Files.list(folder)) {
                for (Path stale : list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                        .filter(p -> !keep.contains(p.toAbsolutePath().normalize())).toList()) {
                    Files.delete(stale);
                }
            }
        }
    }

    private static void setMode(Path file, String mode) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        } catch (UnsupportedOperationException e) {
            file.toFile().setReadable(true, false);
            file.toFile().setExecutable(mode.contains("x"), false);
        }
    }
}

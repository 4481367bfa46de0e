package org.skupperdesigner.exporters.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.skupperdesigner.exporters.bundle.OwnerOnlyFiles;
import org.skupperdesigner.model.pki.NetworkCa;
import org.skupperdesigner.model.pki.PkiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a network's CA ({@link NetworkCa}, from the model's PKI) in one owner-only PEM file, so exports and applies
 * of the same design keep issuing from the same CA and pre-issued links keep working across runs.
 */
public final class CaFileStore {

    private static final Logger LOG = LoggerFactory.getLogger(CaFileStore.class);

    private final Path file;

    public CaFileStore(Path file) {
        this.file = file;
    }

    /** The conventional place: {@code <design>.network-ca.pem} beside the design file. */
    public static CaFileStore besideDesign(Path design) {
        String name = design.getFileName().toString();
        int dot = name.indexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return new CaFileStore(design.toAbsolutePath().resolveSibling(base + ".network-ca.pem"));
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Loads the CA, or creates one named after the network and saves it owner-only. */
    public NetworkCa loadOrCreate(String networkName) throws IOException {
        if (exists()) {
            return load();
        }
        NetworkCa ca = NetworkCa.create(networkName + " network CA");
        OwnerOnlyFiles.write(file, ca.toPem());
        LOG.info("created network CA {}", file);
        return ca;
    }

    public NetworkCa load() throws IOException {
        try {
            return NetworkCa.fromPem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (PkiException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}

package org.skupperdesigner.exporters.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.skupperdesigner.exporters.bundle.OwnerOnlyFiles;
import org.skupperdesigner.exporters.bundle.ResourceYaml;
import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.exporters.kube.KubeObjects;
import org.skupperdesigner.exporters.kube.ObjectDiff;
import org.skupperdesigner.exporters.kube.SiteStore;
import org.skupperdesigner.exporters.plan.FieldChange;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.model.design.AtomicFileWriter;
import org.skupperdesigner.model.yaml.YamlWriter;

/**
 * A system-mode site on this machine: its objects are the {@code <Kind>-<name>.yaml} files in the namespace's
 * {@code input/resources} folder (the names the Skupper CLI uses), read by Skupper at {@code system start/reload}.
 * The designer owns those files whole, so a file that differs from the design in any way is rewritten. There is no
 * dry run to ask for: changes are computed locally.
 */
public final class SystemSiteStore implements SiteStore {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path dir;
    private final String description;
    private final YamlWriter writer = new YamlWriter();
    private final AtomicFileWriter atomic = new AtomicFileWriter();

    public SystemSiteStore(Path inputResources, String description) {
        this.dir = inputResources;
        this.description = description;
    }

    public Path folder() {
        return dir;
    }

    @Override
    public String describe() {
        return description;
    }

    private Path file(ResourceRef ref) {
        return dir.resolve(ref.kind() + "-" + ref.name() + ".yaml");
    }

    @Override
    public Optional<Map<String, Object>> get(ResourceRef ref) {
        Path file = file(ref);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return read(file).stream().filter(o -> ResourceRef.of(o).name().equals(ref.name())).findFirst();
    }

    @Override
    public List<Map<String, Object>> listManaged(String namespace, String networkLabel) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Map<String, Object>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList()) {
                for (Map<String, Object> o : read(f)) {
                    Map<String, Object> labels = KubeObjects.map(KubeObjects.map(o.get("metadata")).get("labels"));
                    if (DesignerMetadata.MANAGER.equals(labels.get(DesignerMetadata.MANAGED_BY))
                            && networkLabel.equals(labels.get(DesignerMetadata.NETWORK))) {
                        found.add(o);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return found;
    }

    @Override
    public List<FieldChange> changes(Map<String, Object> desired, Map<String, Object> live) {
        return ObjectDiff.exactChanges(forFile(desired), live);
    }

    @Override
    public Map<String, Object> write(Map<String, Object> desired, Map<String, Object> live, boolean dryRun) {
        Map<String, Object> content = forFile(desired);
        if (!dryRun) {
            writeFile(ResourceRef.of(content), content);
        }
        return content;
    }

    @Override
    public boolean delete(ResourceRef ref, boolean dryRun) {
        Path file = file(ref);
        if (!Files.exists(file)) {
            return false;
        }
        if (!dryRun) {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file, e);
            }
        }
        return true;
    }

    @Override
    public void restore(ResourceRef ref, Map<String, Object> before) {
        if (before == null) {
            delete(ref, false);
        } else {
            writeFile(ref, before);
        }
    }

    @Override
    public boolean honoursDryRun() {
        return false;
    }

    private void writeFile(ResourceRef ref, Map<String, Object> content) {
        Path file = file(ref);
        String text = writer.write(content);
        try {
            if (KubeObjects.isSecret(content)) {
                OwnerOnlyFiles.write(file, ResourceYaml.SENSITIVE_HEADER + text);
            } else {
                atomic.write(file, text);
                Files.deleteIfExists(AtomicFileWriter.backupOf(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Input files carry no last-applied record: the file itself is what was applied. */
    private static Map<String, Object> forFile(Map<String, Object> desired) {
        Map<String, Object> copy = KubeObjects.normalize(desired);
        Map<String, Object> meta = KubeObjects.map(copy.get("metadata"));
        Map<String, Object> annotations = new TreeMap<>(KubeObjects.map(meta.get("annotations")));
        annotations.remove(KubeObjects.LAST_APPLIED);
        if (annotations.isEmpty()) {
            meta.remove("annotations");
        } else {
            meta.put("annotations", annotations);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> read(Path file) {
        List<Map<String, Object>> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            Iterator<Map> docs = YAML.readValues(parser, Map.class);
            while (docs.hasNext()) {
                Map<String, Object> doc = docs.next();
                if (doc != null && doc.get("kind") != null) {
                    objects.add(KubeObjects.normalize(doc));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return objects;
    }
}

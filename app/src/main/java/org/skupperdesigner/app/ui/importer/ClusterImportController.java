package org.skupperdesigner.app.ui.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.exporters.kube.ClusterAccessException;
import org.skupperdesigner.exporters.kube.ClusterClient;
import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.kube.ClusterImporter;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * The Import from Cluster dialog's view-model: reads the kubeconfig's contexts, finds the namespaces holding a Site
 * in each, and reads the chosen {@code context/namespace}s into a design with {@link ClusterImporter} - all off the
 * UI thread, each result brought back in one hop ({@link UiExecutors#submit}). Touches no controls. A design with
 * at least one site goes to {@code onImported}; otherwise the problems say why, and nothing is opened.
 */
public final class ClusterImportController {

    private final UiExecutors executors;
    private final Predicate<LoadedNetwork> onImported;
    private final ObjectProperty<Path> kubeconfig = new SimpleObjectProperty<>(this, "kubeconfig");
    private final ObservableList<ContextChoice> contexts = FXCollections.observableArrayList();
    private final StringProperty networkName = new SimpleStringProperty(this, "networkName", "imported");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    /**
     * @param onImported opens an imported design (after asking about unsaved work); false when the user kept the
     *                   current design
     */
    public ClusterImportController(UiExecutors executors, Predicate<LoadedNetwork> onImported) {
        this.executors = executors;
        this.onImported = onImported;
        kubeconfig.set(defaultKubeconfig());
    }

    /** {@code KUBECONFIG} (its first file) or {@code ~/.kube/config}, as kubectl reads it. */
    static Path defaultKubeconfig() {
        String env = System.getenv("KUBECONFIG");
        if (env != null && !env.isBlank()) {
            return Path.of(env.split(java.io.File.pathSeparator)[0]);
        }
        return Path.of(System.getProperty("user.home"), ".kube", "config");
    }

    // ---- commands (UI thread) ----

    /** Lists the kubeconfig's contexts, then looks for namespaces with a Site in each. */
    public void loadContexts() {
        Path file = kubeconfig.get();
        problems.clear();
        if (file != null && !Files.isRegularFile(file)) {
            contexts.clear();
            report(true, "There is no kubeconfig at " + file + ": choose the file kubectl uses, or set KUBECONFIG.");
            return;
        }
        busy.set(true);
        report(false, "Reading the kubeconfig…");
        executors.submit(() -> readContexts(file), this::showContexts);
    }

    /** Reads every selected context's namespaces into a new design. */
    public void importSelected() {
        List<ClusterImporter.Target> targets = new ArrayList<>();
        for (ContextChoice choice : contexts) {
            if (choice.selectedProperty().get()) {
                List<String> namespaces = choice.namespaceList();
                if (namespaces.isEmpty()) {
                    targets.add(new ClusterImporter.Target(choice.context(), null));
                }
                namespaces.forEach(ns -> targets.add(new ClusterImporter.Target(choice.context(), ns)));
            }
        }
        if (targets.isEmpty()) {
            report(true, "Choose at least one context to import from.");
            return;
        }
        String name = networkName.get() == null || networkName.get().isBlank() ? "imported" : networkName.get().trim();
        Path file = kubeconfig.get();
        problems.clear();
        busy.set(true);
        report(false, "Reading " + describe(targets) + "…");
        executors.submit(() -> read(file, name, targets), this::showImport);
    }

    // ---- background work: plain Java, never throws ----

    private static Contexts readContexts(Path file) {
        try (ClusterConnector connector = connect(file)) {
            List<String> names = connector.contexts();
            Map<String, Object> found = new LinkedHashMap<>();
            for (String context : names) {
                found.put(context, namespacesWithSites(connector, context));
            }
            return new Contexts(names, found, null);
        } catch (RuntimeException e) {
            // the connector's messages are whole sentences ("cannot read the kubeconfig F: no such file", "cannot
            // reach the Kubernetes API at …")
            return new Contexts(List.of(), Map.of(), IoFailures.describe(e));
        }
    }

    /** The namespaces with a Site (a sorted list), or why they could not be listed (a String). */
    private static Object namespacesWithSites(ClusterConnector connector, String context) {
        try {
            ClusterClient client = connector.connect(context);
            TreeSet<String> namespaces = new TreeSet<>();
            for (Map<String, Object> site : client.list(ResourceKind.SITE.kind(), null, Map.of())) {
                Object meta = site.get("metadata");
                if (meta instanceof Map<?, ?> m && m.get("namespace") != null) {
                    namespaces.add(String.valueOf(m.get("namespace")));
                }
            }
            return new ArrayList<>(namespaces);
        } catch (ClusterAccessException e) {
            return "cannot list Sites: " + e.getMessage();
        } catch (RuntimeException e) {
            return "cannot reach the cluster: " + e.getMessage();
        }
    }

    private static Outcome read(Path file, String name, List<ClusterImporter.Target> targets) {
        try (ClusterConnector connector = connect(file)) {
            return new Outcome(new ClusterImporter(connector).importNetwork(name, targets), null);
        } catch (RuntimeException e) {
            return new Outcome(null, "The import failed: " + e.getMessage());
        }
    }

    private static ClusterConnector connect(Path file) {
        return file == null ? ClusterConnector.fromEnvironment() : ClusterConnector.fromKubeconfigFile(file);
    }

    // ---- results (UI thread) ----

    @SuppressWarnings("unchecked")
    private void showContexts(Contexts result) {
        busy.set(false);
        List<ContextChoice> choices = new ArrayList<>();
        for (String name : result.names()) {
            ContextChoice choice = new ContextChoice(name);
            Object found = result.namespaces().get(name);
            if (found instanceof List<?> list) {
                choice.foundNamespaces().setAll((List<String>) list);
                choice.hintProperty().set(list.isEmpty() ? "no Site found in any namespace"
                        : list.size() + " namespace(s) with a Site");
                choice.namespacesProperty().set(String.join(", ", (List<String>) list));
                choice.selectedProperty().set(!list.isEmpty());
            } else {
                choice.hintProperty().set(String.valueOf(found) + " - type the namespace");
            }
            choices.add(choice);
        }
        contexts.setAll(choices);
        if (result.error() != null) {
            report(true, result.error());
        } else if (choices.isEmpty()) {
            report(true, "The kubeconfig has no contexts.");
        } else {
            report(false, choices.size() + " context(s). Tick the ones to import and check their namespaces.");
        }
    }

    private void showImport(Outcome outcome) {
        busy.set(false);
        if (outcome.error() != null) {
            report(true, outcome.error());
            return;
        }
        LoadedNetwork loaded = outcome.loaded();
        loaded.diagnostics().stream().filter(d -> d.severity() != null).forEach(d -> problems.add(line(d)));
        int sites = loaded.network().sites().size();
        if (sites == 0) {
            report(true, "Nothing to import: no Skupper site was found in what you chose (see below).");
            return;
        }
        report(loaded.hasErrors(), "Read " + sites + " site(s), " + loaded.network().links().size() + " link(s)"
                + (problems.isEmpty() ? "." : "; see the notes below."));
        if (!onImported.test(loaded)) {
            report(false, "Not opened: the current design was kept. Import again to open it.");
        }
    }

    private static String line(Diagnostic d) {
        return d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message()
                + (d.hint() == null || d.hint().isEmpty() ? "" : " (" + d.hint() + ")");
    }

    private void report(boolean isError, String text) {
        failed.set(isError);
        message.set(text);
    }

    private static String describe(List<ClusterImporter.Target> targets) {
        List<String> parts = new ArrayList<>();
        targets.forEach(t -> parts.add(t.namespace() == null ? t.context() : t.context() + "/" + t.namespace()));
        return String.join(", ", parts);
    }

    // ---- state for the view ----

    public ObjectProperty<Path> kubeconfigProperty() {
        return kubeconfig;
    }

    public ObservableList<ContextChoice> contexts() {
        return contexts;
    }

    public StringProperty networkNameProperty() {
        return networkName;
    }

    /** The last outcome or what is going on, for the status line. */
    public StringProperty messageProperty() {
        return message;
    }

    /** True when {@link #messageProperty()} is an error the user has to act on. */
    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Diagnostics of the last import: errors per context, warnings (empty namespaces, Secrets left behind). */
    public ObservableList<String> problems() {
        return problems;
    }

    private record Contexts(List<String> names, Map<String, Object> namespaces, String error) {
    }

    private record Outcome(LoadedNetwork loaded, String error) {
    }
}

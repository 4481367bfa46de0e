package org.skupperdesigner.app.ui.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;

/**
 * Re-validates every new snapshot in the background and publishes the findings, worst first. A generation counter
 * drops results of snapshots that were superseded while they were being validated.
 */
public final class ProblemsViewModel {

    private final DocumentModel document;
    private final ValidationService validation;
    private final UiExecutors executors;
    private final QuickFixFinder fixes = new QuickFixFinder();
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private List<Diagnostic> loadProblems = List.of();
    /** What the open design was read from, while its files still say what it does; null for none. */
    private LoadedNetwork source;
    private Network validated;
    private long generation;

    public ProblemsViewModel(DocumentModel document, ValidationService validation, UiExecutors executors) {
        this.document = document;
        this.validation = validation;
        this.executors = executors;
        document.networkProperty().addListener((obs, old, network) -> revalidate(network));
        revalidate(document.network());
    }

    /** Problems found while reading the file (shown until the next open); the design's files are not known. */
    public void setLoadProblems(List<Diagnostic> diagnostics) {
        source = null;
        loadProblems = List.copyOf(diagnostics);
        revalidate(document.network());
    }

    /**
     * A design just read from {@code loaded}'s files: its reading problems are shown until the next open, and each
     * finding about an element still as it was read names the file and line it came from (as the CLI's
     * {@code validate} does), until {@link #forgetSources()}.
     */
    public void setLoaded(LoadedNetwork loaded) {
        loadProblems = List.copyOf(loaded.diagnostics());
        source = loaded;
        revalidate(document.network());
    }

    /** The design was written elsewhere (saved): the lines it was read from no longer describe it. */
    public void forgetSources() {
        if (source != null) {
            source = null;
            revalidate(document.network());
        }
    }

    private void revalidate(Network network) {
        long mine = ++generation;
        LoadedNetwork from = source;
        // placed in the files off the UI thread too: a large design has hundreds of findings
        executors.submit(() -> located(safeValidate(network), network, from), found -> {
            if (mine == generation) {
                validated = network;
                publish(found);
            }
        });
    }

    private List<Diagnostic> safeValidate(Network network) {
        try {
            return validation.validate(network);
        } catch (RuntimeException e) {
            return List.of(Diagnostic.error("validator.crashed", "the validator failed: " + e, "", null));
        }
    }

    private static List<Diagnostic> located(List<Diagnostic> found, Network network, LoadedNetwork from) {
        if (from == null) {
            return found;
        }
        return found.stream().map(d -> {
            // a finding is about its first element: once that differs from the file, the file is not where to look
            if (d.location() != null || d.elementIds().isEmpty()) {
                return d;
            }
            String subject = d.elementIds().get(0);
            if (!from.unchangedIn(network, subject)) {
                return d;
            }
            var where = from.locate(d, id -> id.equals(subject) || from.unchangedIn(network, id));
            return where == null ? d : d.at(where);
        }).toList();
    }

    private void publish(List<Diagnostic> found) {
        List<Diagnostic> all = new ArrayList<>(loadProblems);
        all.addAll(found);
        all.sort(Comparator.comparing(Diagnostic::severity));
        problems.setAll(all);
        errors.set((int) all.stream().filter(d -> d.severity() == Severity.ERROR).count());
        warnings.set((int) all.stream().filter(d -> d.severity() == Severity.WARNING).count());
        infos.set(all.size() - errors.get() - warnings.get());
    }

    public Optional<QuickFix> quickFix(Diagnostic problem) {
        return fixes.find(problem, document.network());
    }

    public void applyFix(QuickFix fix) {
        document.apply(fix.edit());
    }

    /**
     * The design the listed problems were found in (the same instance), or null before the first result. Between an
     * edit and its re-validation it is the previous design: views that place problems by position check it.
     */
    public Network validatedNetwork() {
        return validated;
    }

    public ObservableList<Diagnostic> problems() {
        return readOnlyProblems;
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infosProperty() {
        return infos.getReadOnlyProperty();
    }
}

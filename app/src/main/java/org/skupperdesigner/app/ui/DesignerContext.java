package org.skupperdesigner.app.ui;

import java.nio.file.Path;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ProblemsViewModel;
import org.skupperdesigner.app.ui.problems.ValidationService;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.Network;

/**
 * Everything one designer window works with, built once and injectable: tests pass a same-thread executor and a
 * temporary home; the application passes a thread pool and the user's home.
 */
public final class DesignerContext implements AutoCloseable {

    private final DocumentModel document;
    private final SelectionModel selection = new SelectionModel();
    private final UiExecutors executors;
    private final ValidationService validation;
    private final ProblemsViewModel problems;
    private final DesignerHome home;

    public DesignerContext(Network initial, Path file, UiExecutors executors, ValidationService validation,
                           DesignerHome home) {
        this.document = new DocumentModel(initial, file);
        this.executors = executors;
        this.validation = validation;
        this.home = home;
        this.problems = new ProblemsViewModel(document, validation, executors);
    }

    public DocumentModel document() {
        return document;
    }

    public SelectionModel selection() {
        return selection;
    }

    public UiExecutors executors() {
        return executors;
    }

    public ValidationService validation() {
        return validation;
    }

    public ProblemsViewModel problems() {
        return problems;
    }

    public DesignerHome home() {
        return home;
    }

    @Override
    public void close() {
        executors.close();
    }
}

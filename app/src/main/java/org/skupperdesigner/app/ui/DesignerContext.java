package org.skupperdesigner.app.ui;

import java.nio.file.Path;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.AlertPrompts;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.file.FileDialogs;
import org.skupperdesigner.app.ui.file.NativeFileDialogs;
import org.skupperdesigner.app.ui.file.Prompts;
import org.skupperdesigner.app.ui.problems.ProblemsViewModel;
import org.skupperdesigner.app.ui.problems.ValidationService;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.Network;

/**
 * Everything one designer window works with, built once and injectable: tests pass a same-thread executor, a
 * temporary home and scripted file dialogs and prompts; the application passes a thread pool, the user's home and the
 * native dialogs.
 */
public final class DesignerContext implements AutoCloseable {

    private final DocumentModel document;
    private final SelectionModel selection = new SelectionModel();
    private final UiExecutors executors;
    private final ValidationService validation;
    private final ProblemsViewModel problems;
    private final DesignerHome home;
    private final FileDialogs fileDialogs;
    private final Prompts prompts;

    /** With the native file choosers and alert prompts. */
    public DesignerContext(Network initial, Path file, UiExecutors executors, ValidationService validation,
                           DesignerHome home) {
        this(initial, file, executors, validation, home, new NativeFileDialogs(), new AlertPrompts());
    }

    public DesignerContext(Network initial, Path file, UiExecutors executors, ValidationService validation,
                           DesignerHome home, FileDialogs fileDialogs, Prompts prompts) {
        this.document = new DocumentModel(initial, file);
        this.executors = executors;
        this.validation = validation;
        this.home = home;
        this.fileDialogs = fileDialogs;
        this.prompts = prompts;
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

    public FileDialogs fileDialogs() {
        return fileDialogs;
    }

    public Prompts prompts() {
        return prompts;
    }

    @Override
    public void close() {
        executors.close();
    }
}

package org.skupperdesigner.app.ui.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.commands.Edit;
import org.skupperdesigner.app.ui.palette.HelloWorldVariants;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.validation.Validator;

/**
 * The YAML panel marks findings only on the YAML of the design they were found in: between an edit and its
 * re-validation the previous findings would sit on the wrong lines, so no line is marked until the new ones arrive.
 */
@ExtendWith(ApplicationExtension.class)
class YamlPreviewMarksTest {

    private final ObservableList<Diagnostic> findings = FXCollections.observableArrayList();
    private final AtomicReference<Network> findingsOf = new AtomicReference<>();
    private DocumentModel document;
    private YamlPreviewView view;

    @Start
    void start(Stage stage) {
        Network broken = HelloWorldVariants.withWestListener(spec -> spec.withPort(70000));
        document = new DocumentModel(broken, null);
        SelectionModel selection = new SelectionModel();
        selection.select("site/west");
        findingsOf.set(broken);
        findings.setAll(new Validator().validate(broken).diagnostics());
        view = new YamlPreviewView(document, selection, findings, findingsOf::get);
    }

    @Test
    void anEditHidesTheMarksUntilItsOwnFindingsArrive(FxRobot robot) {
        assertThat(view.marks()).as("the port out of range").isNotEmpty();

        robot.interact(() -> document.apply(new Edit("Edit notes", n -> n.updateSite("west",
                s -> s.withNotes("moved")).withNotes("a different design"))));
        assertThat(view.marks()).as("findings of the previous design").isEmpty();

        robot.interact(() -> {
            findingsOf.set(document.network());
            findings.setAll(new Validator().validate(document.network()).diagnostics());
        });
        assertThat(view.marks()).isNotEmpty();
    }
}

package org.skupperdesigner.app.ui.simulate.panel;

import java.time.Duration;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.skupperdesigner.app.ui.simulate.SimulationMode;
import org.skupperdesigner.simulator.settings.Quantities;
import org.skupperdesigner.simulator.workload.WorkloadSpec;
import org.skupperdesigner.simulator.workload.WorkloadType;

/**
 * The workload behind one connector: a built-in server (echo, HTTP hello, sink, source) or a real host:port, with a
 * response delay and a failure rate. Apply saves it in the design and, while running, restarts that connector's
 * workload. Bad input is a message naming the connector and the field.
 */
public final class WorkloadControlsView extends VBox {

    private final SimulationMode mode;
    private final ChoiceBox<WorkloadType> type = new ChoiceBox<>();
    private final TextField target = new TextField();
    private final TextField delay = new TextField();
    private final TextField failureRate = new TextField();
    private final Label message = new Label();
    private String connectorId;

    public WorkloadControlsView(SimulationMode mode) {
        super(8);
        this.mode = mode;
        setId("sim-workload-controls");
        type.setId("sim-workload-type");
        type.getItems().setAll(WorkloadType.values());
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(WorkloadType t) {
                return t == null ? "" : switch (t) {
                    case ECHO -> "Echo (byte-exact)";
                    case HTTP_HELLO -> "HTTP hello";
                    case SINK -> "Sink (reads, discards)";
                    case SOURCE -> "Source (sends data)";
                    case EXTERNAL -> "Real server (host:port)";
                };
            }

            @Override
            public WorkloadType fromString(String s) {
                return WorkloadType.ofId(s);
            }
        });
        target.setId("sim-workload-target");
        target.setPromptText("127.0.0.1:8080");
        target.disableProperty().bind(type.valueProperty().isNotEqualTo(WorkloadType.EXTERNAL));
        delay.setId("sim-workload-delay");
        delay.setPromptText("0, 5ms, 1s");
        failureRate.setId("sim-workload-failure-rate");
        failureRate.setPromptText("0%");
        delay.disableProperty().bind(type.valueProperty().isEqualTo(WorkloadType.EXTERNAL));
        failureRate.disableProperty().bind(delay.disableProperty());

        GridPane grid = SettingsGrid.create();
        SettingsGrid.row(grid, 0, "Workload", type, null);
        SettingsGrid.row(grid, 1, "Server", target, "a real server the connector points at");
        SettingsGrid.row(grid, 2, "Delay", delay, "wait before answering, e.g. 5ms");
        SettingsGrid.row(grid, 3, "Failure rate", failureRate, "connections that fail: HTTP 500 or a reset");

        Button apply = new Button("Apply");
        apply.setId("sim-workload-apply");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> apply());
        HBox buttons = new HBox(6, apply);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label("Restarts this connector's servers; connections open to them are reset.");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        message.setId("sim-workload-message");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        getChildren().addAll(grid, buttons, note, message);
    }

    /** Shows the saved workload of a connector (and forgets unapplied edits). */
    public void showConnector(String id) {
        connectorId = id;
        message.setText("");
        WorkloadSpec spec = mode.workloadSpec(id);
        type.setValue(spec.type());
        target.setText(spec.type() == WorkloadType.EXTERNAL ? spec.targetHost() + ":" + spec.targetPort() : "");
        delay.setText(spec.delay().isZero() ? "0" : Quantities.format(spec.delay()));
        failureRate.setText(FieldReader.trim(Math.round(spec.failureRate() * 1e6) / 1e4) + "%");
    }

    /** Reads the form; saves and applies it when every field reads. Returns whether it did. */
    boolean apply() {
        if (connectorId == null) {
            return false;
        }
        WorkloadSpec before = mode.workloadSpec(connectorId);
        FieldReader r = new FieldReader("Connector " + connectorId);
        WorkloadType t = type.getValue() == null ? before.type() : type.getValue();
        WorkloadSpec next;
        if (t == WorkloadType.EXTERNAL) {
            FieldReader.HostPort hp = r.hostPort("server", target.getText());
            next = hp == null ? null : new WorkloadSpec(WorkloadType.EXTERNAL, hp.host(), hp.port(), before.delay(),
                    before.failureRate(), before.replicas(), before.responseSize());
        } else {
            Duration d = r.duration("delay", delay.getText(), before.delay());
            double f = r.fraction("failure rate", failureRate.getText(), before.failureRate());
            next = new WorkloadSpec(t, null, 0, d, f, before.replicas(), before.responseSize());
        }
        if (!r.ok() || next == null) {
            message.setText(r.message());
            return false;
        }
        message.setText("");
        mode.applyWorkload(connectorId, next);
        return true;
    }
}

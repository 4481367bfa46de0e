package org.skupperdesigner.app.ui.simulate.panel;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.skupperdesigner.app.ui.simulate.LiveNetwork;
import org.skupperdesigner.app.ui.simulate.SimulationMode;
import org.skupperdesigner.simulator.settings.SimulationSettingsWriter;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.TrafficSpec;

/**
 * Traffic to one listener: rate, concurrency, request and response size, protocol; Apply saves them in the design
 * and retunes a running generator, Start and Stop start and stop it. Bad input is a message naming the listener and
 * the field; nothing is applied until every field reads.
 */
public final class TrafficControlsView extends VBox {

    private final SimulationMode mode;
    private final TextField rate = field("sim-traffic-rate", "20");
    private final TextField concurrency = field("sim-traffic-concurrency", "4");
    private final TextField requestSize = field("sim-traffic-request-size", "1KiB");
    private final TextField responseSize = field("sim-traffic-response-size", "1KiB");
    private final ChoiceBox<Protocol> protocol = new ChoiceBox<>();
    private final Label state = new Label();
    private final Label message = new Label();
    private String listenerId;

    public TrafficControlsView(SimulationMode mode) {
        super(8);
        this.mode = mode;
        setId("sim-traffic-controls");
        protocol.getItems().setAll(Protocol.values());
        protocol.setId("sim-traffic-protocol");
        protocol.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Protocol p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Protocol fromString(String s) {
                return Protocol.ofId(s);
            }
        });
        protocol.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = SettingsGrid.create();
        SettingsGrid.row(grid, 0, "Rate", rate, "new connections/s (0 = back to back)");
        SettingsGrid.row(grid, 1, "Concurrency", concurrency, "most open at once");
        SettingsGrid.row(grid, 2, "Request size", requestSize, "bytes sent per connection");
        SettingsGrid.row(grid, 3, "Response size", responseSize, "HTTP: body size asked for");
        SettingsGrid.row(grid, 4, "Protocol", protocol, null);

        Button apply = new Button("Apply");
        apply.setId("sim-traffic-apply");
        apply.getStyleClass().add("accent");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> apply());
        Button start = new Button("Start");
        start.setId("sim-traffic-start");
        start.disableProperty().bind(mode.runningProperty().not());
        start.setOnAction(e -> {
            if (listenerId != null && apply()) {
                mode.startTraffic(listenerId);
            }
        });
        Button stop = new Button("Stop");
        stop.setId("sim-traffic-stop");
        stop.getStyleClass().add("danger");
        stop.disableProperty().bind(mode.runningProperty().not());
        stop.setOnAction(e -> {
            if (listenerId != null) {
                mode.stopTraffic(listenerId);
            }
        });
        HBox buttons = new HBox(6, apply, start, stop);
        buttons.setAlignment(Pos.CENTER_LEFT);

        state.setId("sim-traffic-state");
        state.getStyleClass().add("text-muted");
        state.setWrapText(true);
        message.setId("sim-traffic-message");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        getChildren().addAll(grid, buttons, state, message);
    }

    /** Shows the saved traffic of a listener (and forgets unapplied edits). */
    public void showListener(String id) {
        listenerId = id;
        message.setText("");
        TrafficSpec spec = mode.trafficSpec(id);
        rate.setText(FieldReader.trim(spec.rate()));
        concurrency.setText(Integer.toString(spec.concurrency()));
        requestSize.setText(SimulationSettingsWriter.size(spec.requestSize()).toString());
        responseSize.setText(SimulationSettingsWriter.size(spec.responseSize()).toString());
        protocol.setValue(spec.protocol());
    }

    /** Refreshes the "sending / stopped" line from the live state (a few times a second). */
    public void refreshState(LiveNetwork.ListenerLive live, boolean running) {
        if (!running) {
            state.setText("Not running: Apply saves these settings in the design.");
        } else if (live == null) {
            state.setText("Starting…");
        } else {
            state.setText((live.traffic() ? "Sending" : "Stopped") + " · " + live.openConnections() + " open · "
                    + live.requests() + " requests, " + live.errors() + " failed");
        }
    }

    /** Reads the form; saves and applies it when every field reads. Returns whether it did. */
    boolean apply() {
        if (listenerId == null) {
            return false;
        }
        TrafficSpec before = mode.trafficSpec(listenerId);
        FieldReader r = new FieldReader("Listener " + listenerId);
        double rateValue = r.number("rate", rate.getText(), 0, 1_000_000, before.rate(), "20");
        int concurrencyValue = r.integer("concurrency", concurrency.getText(), 1, 10_000, before.concurrency(), "4");
        long request = r.size("request size", requestSize.getText(), before.requestSize());
        long response = r.size("response size", responseSize.getText(), before.responseSize());
        if (!r.ok()) {
            message.setText(r.message());
            return false;
        }
        message.setText("");
        Protocol p = protocol.getValue() == null ? before.protocol() : protocol.getValue();
        mode.applyTraffic(listenerId, before.withRate(rateValue).withConcurrency(concurrencyValue)
                .withSizes(request, response).withProtocol(p));
        return true;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(8);
        HBox.setHgrow(f, Priority.ALWAYS);
        return f;
    }
}

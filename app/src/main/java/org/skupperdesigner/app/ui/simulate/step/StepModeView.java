package org.skupperdesigner.app.ui.simulate.step;

import java.time.Duration;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.simulate.SimulationMode;

/**
 * The "Step through one connection" section of the simulation panel: pick a listener, send one connection, then
 * go back and forward through its hops (buttons, Alt+Left / Alt+Right, or the hop list). Each hop shows where it
 * happened, what happened and when; the canvas shows the whole path with its total cost and the current hop.
 */
public final class StepModeView extends TitledPane {

    static final Duration TRACE_TIMEOUT = Duration.ofSeconds(5);
    private static final String STYLESHEET = StepModeView.class.getResource("step-mode.css").toExternalForm();

    private final StepModeModel model;
    private final EventHandler<KeyEvent> keys = this::onKey;

    public StepModeView(SimulationMode mode) {
        this(mode, new StepModeModel(id -> mode.trace(id, TRACE_TIMEOUT), Platform::runLater));
    }

    StepModeView(SimulationMode mode, StepModeModel model) {
        this.model = model;
        setText("Step through one connection");
        setId("step-mode");
        getStylesheets().add(STYLESHEET);
        StepPathOverlay overlay = new StepPathOverlay(mode.canvas());
        model.cursorProperty().addListener((o, was, now) -> overlay.show(now, mode.network()));
        model.setNetwork(mode.network());
        mode.runningProperty().addListener((o, was, now) -> {
            if (now) {
                model.setNetwork(mode.network());
            } else {
                model.clear();
            }
        });

        ComboBox<String> listener = new ComboBox<>(model.listeners());
        listener.setId("step-listener");
        listener.setPromptText("Pick a listener");
        listener.valueProperty().bindBidirectional(model.selectedListenerProperty());
        listener.setMaxWidth(Double.MAX_VALUE);
        Button send = new Button("Send one connection", Icons.of(Feather.SEND, 14));
        send.setId("step-send");
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.disableProperty().bind(mode.runningProperty().not().or(model.busyProperty())
                .or(model.selectedListenerProperty().isNull()));
        send.setOnAction(e -> model.send());
        Region sendGap = new Region();
        HBox.setHgrow(sendGap, Priority.ALWAYS);
        VBox pick = new VBox(6, listener, new HBox(sendGap, send));

        Label message = new Label();
        message.setId("step-message");
        message.setWrapText(true);
        message.getStyleClass().add("step-message");
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().addListener((o, was, now) -> {
            if (now) {
                message.getStyleClass().add("problem");
            } else {
                message.getStyleClass().remove("problem");
            }
        });

        Button back = new Button("Back", Icons.of(Feather.CHEVRON_LEFT, 14));
        back.setId("step-back");
        back.setTooltip(new Tooltip("Previous hop (Alt+Left)"));
        back.disableProperty().bind(model.cursorProperty().map(c -> !c.canBack()).orElse(true));
        back.setOnAction(e -> model.back());
        Button forward = new Button("Forward", Icons.of(Feather.CHEVRON_RIGHT, 14));
        forward.setId("step-forward");
        forward.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        forward.setTooltip(new Tooltip("Next hop (Alt+Right)"));
        forward.disableProperty().bind(model.cursorProperty().map(c -> !c.canForward()).orElse(true));
        forward.setOnAction(e -> model.forward());
        Label position = new Label();
        position.setId("step-position");
        position.getStyleClass().add("step-position");
        position.textProperty().bind(model.cursorProperty().map(TraceCursor::position).orElse("No trace yet"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox nav = new HBox(6, back, gap, position, gap2, forward);
        nav.setAlignment(Pos.CENTER);

        VBox card = hopCard();
        ListView<TraceHop> hops = hopList();

        VBox content = new VBox(8, pick, message, nav, card, hops);
        setContent(content);
        sceneProperty().addListener((o, was, now) -> moveKeys(was, now));
    }

    private VBox hopCard() {
        Label title = label("step-hop-title", c -> (c.index() + 1) + ". " + c.current().title());
        Label where = label("step-hop-where", c -> c.current().where());
        Label time = label("step-hop-time", c -> c.current().elapsed());
        Label detail = label("step-hop-detail", c -> c.current().detail());
        VBox card = new VBox(3, title, where, time, detail);
        card.setId("step-hop");
        card.getStyleClass().add("step-hop-card");
        card.visibleProperty().bind(model.cursorProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        model.cursorProperty().addListener((o, was, now) -> {
            card.getStyleClass().remove("returning");
            if (now != null && now.current().returning()) {
                card.getStyleClass().add("returning");
            }
        });
        return card;
    }

    private Label label(String id, java.util.function.Function<TraceCursor, String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(id);
        label.setWrapText(true);
        label.textProperty().bind(model.cursorProperty().map(text).orElse(""));
        return label;
    }

    /** Every hop of the trace; the selection is the cursor (click or arrow keys to jump). */
    private ListView<TraceHop> hopList() {
        ListView<TraceHop> list = new ListView<>();
        list.setId("step-hops");
        list.setPrefHeight(190);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TraceHop hop, boolean empty) {
                super.updateItem(hop, empty);
                setText(empty || hop == null ? null : (hop.index() + 1) + ". " + hop.title() + "  ·  " + hop.where());
            }
        });
        list.visibleProperty().bind(model.cursorProperty().isNotNull());
        list.managedProperty().bind(list.visibleProperty());
        boolean[] syncing = {false};
        model.cursorProperty().addListener((o, was, now) -> {
            syncing[0] = true;
            try {
                if (now == null) {
                    list.getItems().clear();
                } else {
                    if (was == null || was.connection() != now.connection()) {
                        list.getItems().setAll(now.connection().hops());
                    }
                    list.getSelectionModel().select(now.index());
                    list.scrollTo(Math.max(0, now.index() - 2));
                    reveal();
                }
            } finally {
                syncing[0] = false;
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing[0] && now.intValue() >= 0) {
                model.goTo(now.intValue());
            }
        });
        return list;
    }

    /** Alt+Left / Alt+Right step anywhere in the window while a trace is shown (filter: the canvas eats arrows). */
    private void onKey(KeyEvent e) {
        if (!e.isAltDown() || model.cursorProperty().get() == null) {
            return;
        }
        if (e.getCode() == KeyCode.RIGHT) {
            model.forward();
            e.consume();
        } else if (e.getCode() == KeyCode.LEFT) {
            model.back();
            e.consume();
        }
    }

    private void moveKeys(Scene was, Scene now) {
        if (was != null) {
            was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    /** Brings this section into view when the panel scrolls (it sits below the other sections). */
    void reveal() {
        for (Parent p = getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                // hops just became visible: lay out first so the heights are the new ones
                if (getScene() != null) {
                    getScene().getRoot().applyCss();
                    getScene().getRoot().layout();
                }
                Node content = scroll.getContent();
                double contentHeight = content.getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (contentHeight > viewport) {
                    double y = content.sceneToLocal(localToScene(0, 0)).getY();
                    scroll.setVvalue(Math.min(1, Math.max(0, y / (contentHeight - viewport))));
                }
                return;
            }
        }
    }

    public StepModeModel model() {
        return model;
    }
}

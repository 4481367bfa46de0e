package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.application.Application;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.training.GeneratedDesign;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * Small designs keep every card built, and the estimated size of a card that is not built (what links attach to
 * and the sketch draws) stays within a few pixels of the real card.
 */
@ExtendWith(ApplicationExtension.class)
class CardMetricsTest {

    private static final double TOLERANCE = 2;

    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        Network hello = DesignTemplate.HELLO_WORLD.build();
        Network generated = GeneratedDesign.generate(20);
        List<NetworkSite> sites = new ArrayList<>(hello.sites());
        generated.sites().forEach(s -> sites.add(s.withPosition(
                new org.skupperdesigner.model.network.Position(s.position().x(), s.position().y() + 600))));
        List<NetworkLink> links = new ArrayList<>(hello.links());
        Network both = new Network("metrics", "", hello.linkMode(), sites, links, Map.of());
        canvas = new DesignCanvas(new DocumentModel(both, null), new SelectionModel());
        CanvasStages.show(stage, canvas);
    }

    @Test
    void aSmallDesignKeepsEveryCardBuilt(FxRobot robot) {
        robot.interact(() -> canvas.viewport().zoomProperty().set(0.2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(robot, canvas::builtCardIds)).isEqualTo(fx(robot, canvas::cardIds)).hasSize(22);
    }

    @Test
    void estimatedHeightsAndRowCentresMatchBuiltCards(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> report = fx(robot, () -> {
            List<String> off = new ArrayList<>();
            for (SiteSlot slot : canvas.reconciler().slots()) {
                SiteCardView card = slot.view();
                CardMetrics.Estimate estimate = new CardMetrics().estimate(slot.site());
                if (Math.abs(estimate.height() - card.getHeight()) > TOLERANCE) {
                    off.add(slot.siteId() + " height " + estimate.height() + " vs " + card.getHeight());
                }
                for (ResourceRow row : card.resourceRows()) {
                    double real = card.rowCenterY(row.elementId()) - card.worldY();
                    double guess = estimate.rowCenter(row.elementId());
                    if (Math.abs(real - guess) > TOLERANCE) {
                        off.add(row.elementId() + " row " + guess + " vs " + real);
                    }
                }
            }
            return off;
        });
        assertThat(report).isEmpty();
    }
}

package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import javafx.application.Application;
import javafx.scene.Group;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.training.GeneratedDesign;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Position;

/**
 * The index finds exactly what walking the whole design finds: for random views over a generated design (and after
 * a card is dragged), every slot, link and service pairing that meets the view is among the index's candidates.
 */
@ExtendWith(ApplicationExtension.class)
class WorldIndexTest {

    private CanvasReconciler model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        model = new CanvasReconciler(new Group(), new Group(), new Group());
        Network generated = GeneratedDesign.generate(300);
        // scatter the sites so cards and links cross bucket borders at every angle
        Random random = new Random(7);
        List<NetworkSite> sites = new ArrayList<>();
        for (NetworkSite s : generated.sites()) {
            sites.add(s.withPosition(new Position(random.nextInt(12_000) - 3_000, random.nextInt(9_000) - 2_000)));
        }
        List<NetworkLink> links = new ArrayList<>(generated.links());
        model.reconcile(new Network(generated.name(), "", generated.linkMode(), sites, links, java.util.Map.of()));
    }

    @Test
    void candidatesHoldEverythingThatMeetsRandomViews(FxRobot robot) {
        assertThat(fx(robot, () -> mismatches(new Random(11), 300))).isEmpty();
    }

    @Test
    void aDraggedCardIsFoundWhereItWasDroppedOnceTheIndexIsInvalidated(FxRobot robot) {
        List<String> found = fx(robot, () -> {
            SiteSlot slot = model.slots().iterator().next();
            model.index().slotsNear(new DetailController.Region(0, 0, 1, 1)); // build the index before the move
            slot.setDrag(5_000, 4_000);
            model.index().invalidate();
            double x = slot.worldX() + 10;
            double y = slot.worldY() + 10;
            List<String> ids = new ArrayList<>();
            model.index().slotsNear(new DetailController.Region(x, y, x + 1, y + 1)).forEach(s -> ids.add(s.siteId()));
            ids.add("mismatches:" + mismatches(new Random(3), 50).size());
            slot.setDrag(0, 0);
            model.index().invalidate();
            ids.add(0, slot.siteId());
            return ids;
        });
        assertThat(found.subList(1, found.size())).contains(found.get(0)).contains("mismatches:0");
    }

    private List<String> mismatches(Random random, int views) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < views; i++) {
            double w = 200 + random.nextInt(6_000);
            double h = 150 + random.nextInt(4_000);
            double minX = random.nextInt(14_000) - 4_000;
            double minY = random.nextInt(11_000) - 3_000;
            double maxX = minX + w;
            double maxY = minY + h;
            DetailController.Region view = new DetailController.Region(minX, minY, maxX, maxY);

            Set<String> slots = new TreeSet<>();
            model.slots().stream().filter(view::meets).forEach(s -> slots.add(s.siteId()));
            Set<String> indexedSlots = new TreeSet<>();
            model.index().slotsNear(view).stream().filter(view::meets)
                    .forEach(s -> indexedSlots.add(s.siteId()));

            Set<String> links = new TreeSet<>();
            model.linkModels().forEach((id, l) -> {
                if (view.meets(model.slot(l.fromSite()), model.slot(l.toSite()))) {
                    links.add(id);
                }
            });
            Set<String> indexedLinks = new TreeSet<>();
            model.index().linksNear(view).forEach(id -> {
                NetworkLink l = model.linkModels().get(id);
                if (view.meets(model.slot(l.fromSite()), model.slot(l.toSite()))) {
                    indexedLinks.add(id);
                }
            });

            Set<String> pairings = new TreeSet<>();
            model.pairings().forEach((key, p) -> {
                if (p.intersects(minX, minY, maxX, maxY)) {
                    pairings.add(key);
                }
            });
            Set<String> indexedPairings = new TreeSet<>();
            model.index().pairingsNear(view).forEach(key -> {
                if (model.pairings().get(key).intersects(minX, minY, maxX, maxY)) {
                    indexedPairings.add(key);
                }
            });
            if (!slots.equals(indexedSlots) || !links.equals(indexedLinks) || !pairings.equals(indexedPairings)) {
                wrong.add(String.format("view %.0f,%.0f %.0fx%.0f: slots %d/%d links %d/%d pairings %d/%d", minX, minY,
                        w, h, indexedSlots.size(), slots.size(), indexedLinks.size(), links.size(),
                        indexedPairings.size(), pairings.size()));
            }
        }
        if (model.pairings().isEmpty() || model.linkModels().isEmpty()) {
            wrong.add("the generated design has no links or pairings to check");
        }
        return wrong;
    }
}

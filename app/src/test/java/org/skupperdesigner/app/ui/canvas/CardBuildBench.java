package org.skupperdesigner.app.ui.canvas;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.training.GeneratedDesign;
import org.skupperdesigner.app.ui.bench.NodeCounts;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * What building a site card costs the FX thread (not a test): constructs cards of a generated design in a styled
 * scene, applies CSS and lays them out, and reports the FX thread's CPU time per card (median of rounds, after
 * warm-up) and the nodes per card. {@code CardBuildBench [rounds]}; run under Xvfb like DesignerBench.
 */
public final class CardBuildBench {

    private CardBuildBench() {
    }

    public static void main(String[] args) {
        Application.launch(Run.class, args);
    }

    /** The measuring application. */
    public static final class Run extends Application {

        private static final int CARDS = 40;

        @Override
        public void start(Stage stage) {
            int rounds = getParameters().getRaw().isEmpty() ? 200 : Integer.parseInt(getParameters().getRaw().get(0));
            Application.setUserAgentStylesheet(Theme.primerLight());
            Group root = new Group();
            // as in the designer window: the root defines the platform colours designer.css looks up
            root.getStyleClass().add("designer-root");
            Scene scene = new Scene(root, 800, 600);
            scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            // every round builds cards of sites not built before, as panning does (new ids, new style lookups)
            List<NetworkSite> sites = GeneratedDesign.generate(CARDS * (rounds + 20)).sites();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] perCard = new double[rounds];
            double[] constructing = new double[rounds];
            int nodes = 0;
            for (int warm = 0; warm < 20; warm++) {
                build(root, sites.subList(warm * CARDS, (warm + 1) * CARDS));
            }
            for (int r = 0; r < rounds; r++) {
                List<NetworkSite> fresh = sites.subList((r + 20) * CARDS, (r + 21) * CARDS);
                long cpu = threads.getCurrentThreadCpuTime();
                List<SiteCardView> cards = construct(fresh);
                long built = threads.getCurrentThreadCpuTime();
                show(root, cards);
                perCard[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / CARDS;
                constructing[r] = (built - cpu) / 1e6 / CARDS;
                nodes = cards.stream().mapToInt(NodeCounts::count).sum() / CARDS;
            }
            Arrays.sort(perCard);
            Arrays.sort(constructing);
            System.out.printf("card build (construct, CSS, layout): min %.3f, median %.3f, p90 %.3f ms per card "
                    + "(constructing alone: median %.3f ms); %d nodes per card%n", perCard[0], perCard[rounds / 2],
                    perCard[rounds * 9 / 10], constructing[rounds / 2], nodes);
            Platform.exit();
        }

        private static List<SiteCardView> build(Group root, List<NetworkSite> sites) {
            List<SiteCardView> cards = construct(sites);
            show(root, cards);
            return cards;
        }

        private static List<SiteCardView> construct(List<NetworkSite> sites) {
            List<SiteCardView> cards = new ArrayList<>();
            for (NetworkSite site : sites) {
                cards.add(new SiteCardView(site));
            }
            return cards;
        }

        /** Replaces the scene's cards with {@code cards}, styled and laid out. */
        private static void show(Group root, List<SiteCardView> cards) {
            root.getChildren().setAll(cards);
            root.applyCss();
            root.layout();
        }
    }
}

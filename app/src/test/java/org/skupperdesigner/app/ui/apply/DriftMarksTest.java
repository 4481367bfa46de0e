package org.skupperdesigner.app.ui.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.exporters.plan.ChangeType;
import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.FieldChange;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.exporters.plan.SiteDrift;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.Network;

/** Which design element each kind of difference lands on, and what its mark says. */
class DriftMarksTest {

    private final Network design = ThreeClusters.design();

    @Test
    void eachDifferenceIsMarkedOnItsElementWithTheRightKind() {
        SiteDrift west = new SiteDrift("west", "west", "context west, namespace west-ns", null, List.of(
                ResourceChange.of("west", ref("Listener", "backend"), ChangeType.UPDATE,
                        List.of(new FieldChange("spec.port", 1234L, 8080L, false))),
                ResourceChange.of("west", ref("Listener", "db"), ChangeType.CREATE, List.of()),
                ResourceChange.of("west", ref("Listener", "old"), ChangeType.DELETE, List.of()),
                ResourceChange.of("west", ref("Site", "west"), ChangeType.UPDATE,
                        List.of(new FieldChange("spec.linkAccess", null, "default", false)))),
                List.of("link east-to-west is not made yet: the token was redeemed but its Link is gone"),
                List.of(ref("Connector", "by-hand")), List.of());
        SiteDrift east = new SiteDrift("east", "east", "context east, namespace east-ns", null, List.of(
                ResourceChange.of("east", ref("Link", "east-to-west"), ChangeType.CREATE, List.of())),
                List.of("link east-to-west is not made yet: the token was redeemed but its Link is gone"),
                List.of(), List.of("east-to-west"));
        DriftReport report = new DriftReport(List.of(west, east), List.of(PreflightFinding.error("north", "api",
                "site north (context north, namespace north-ns): cannot reach the Kubernetes API")));

        List<ResourceMark> marks = DriftMarks.of(design, report);

        assertThat(marks).extracting(ResourceMark::elementId, ResourceMark::kind, ResourceMark::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("west/Listener/backend", ResourceMark.Kind.CHANGED,
                                "changed live"),
                        org.assertj.core.groups.Tuple.tuple("west/Listener/db", ResourceMark.Kind.MISSING,
                                "missing live"),
                        org.assertj.core.groups.Tuple.tuple("site/west", ResourceMark.Kind.EXTRA, "Listener/old"),
                        org.assertj.core.groups.Tuple.tuple("site/west", ResourceMark.Kind.CHANGED,
                                "Site/west changed live"),
                        org.assertj.core.groups.Tuple.tuple("site/west", ResourceMark.Kind.EXTRA,
                                "Connector/by-hand"),
                        org.assertj.core.groups.Tuple.tuple("link/east-to-west", ResourceMark.Kind.MISSING,
                                "missing live"),
                        org.assertj.core.groups.Tuple.tuple("link/east-to-west", ResourceMark.Kind.NOT_MADE,
                                "not made live"),
                        org.assertj.core.groups.Tuple.tuple("site/north", ResourceMark.Kind.UNREACHABLE,
                                "cannot read the site"));
        assertThat(marks.get(0).detail()).contains("spec.port: live 1234, design 8080");
        assertThat(marks.get(2).detail()).contains("Prune deletes it");
        assertThat(marks.get(4).detail()).contains("did not make it");
        assertThat(marks.get(6).detail()).startsWith("link east-to-west is not made yet: the token was redeemed");
        assertThat(marks.get(7).detail()).startsWith("site north (context north").contains("cannot reach");
    }

    @Test
    void aSiteThatCouldNotBeReadIsMarkedWithTheReasonAndBadgedAsNotRead() {
        SiteDrift west = new SiteDrift("west", "west", "context west, namespace west-ns",
                "cannot list Connector in west-ns (context west): forbidden (HTTP 403)", List.of(), List.of());
        SiteDrift east = new SiteDrift("east", "east", "context east, namespace east-ns", null, List.of(), List.of());
        DriftReport report = new DriftReport(List.of(west, east), List.of());

        List<ResourceMark> marks = DriftMarks.of(design, report);

        assertThat(marks).extracting(ResourceMark::elementId, ResourceMark::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("site/west", ResourceMark.Kind.UNREACHABLE));
        assertThat(marks.get(0).detail()).startsWith("site west (context west, namespace west-ns) could not be "
                + "compared: cannot list Connector").contains("may get and list Skupper resources");
        SiteBadges badges = new SiteBadges();
        badges.compared(report);
        assertThat(badges.map().get("west")).isEqualTo("Not read");
        assertThat(badges.map().get("east")).isEqualTo("In sync");
    }

    @Test
    void aComparisonWithoutDifferencesMarksNothing() {
        SiteDrift west = new SiteDrift("west", "west", "context west, namespace west-ns", null, List.of(), List.of());

        assertThat(DriftMarks.of(design, new DriftReport(List.of(west), List.of()))).isEmpty();
    }

    private static ResourceRef ref(String kind, String name) {
        return new ResourceRef(kind, "west-ns", name);
    }
}

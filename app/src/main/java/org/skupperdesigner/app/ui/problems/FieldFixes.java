package org.skupperdesigner.app.ui.problems;

import java.util.Optional;

import org.skupperdesigner.app.ui.commands.Edit;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.rules.links.LinkCostRule;
import org.skupperdesigner.model.validation.rules.services.ObserverRule;
import org.skupperdesigner.model.validation.rules.services.ServiceTypeRule;
import org.skupperdesigner.model.validation.rules.sites.EdgeHaRule;
import org.skupperdesigner.model.validation.rules.sites.EdgeLinkAccessRule;
import org.skupperdesigner.model.validation.rules.sites.KubeOnlyFieldRule;
import org.skupperdesigner.model.validation.rules.sites.LinkAccessValueRule;
import org.skupperdesigner.model.validation.rules.sites.UnknownFieldRule;
import org.skupperdesigner.model.validation.rules.tokens.GrantRedemptionsRule;
import org.skupperdesigner.model.validation.rules.tokens.TokenLinkCostRule;
import org.skupperdesigner.model.yaml.FieldEdit;

/**
 * Fixes for findings about one field whose remedy is obvious: a misspelt field is renamed to the one meant, an
 * unknown linkAccess becomes {@code default}, a type other than tcp, an invalid observer, ha on an edge site or a
 * field only Kubernetes honours is removed (so the default applies), a cost below 1 becomes 1. The field comes from
 * the finding (ADR 0207); the change goes through {@link FieldEdit}, so it is read back like a value the user typed.
 */
final class FieldFixes {

    private final FieldEdit edit = new FieldEdit();

    Optional<QuickFix> find(Diagnostic problem, Network network) {
        if (problem.elementIds().isEmpty() || problem.field().isEmpty()) {
            return Optional.empty();
        }
        String element = problem.elementIds().get(0);
        String field = problem.field();
        switch (problem.ruleId()) {
            case UnknownFieldRule.ID:
                return renameMisspelt(network, element, field);
            case LinkAccessValueRule.ID:
                return set(network, element, field, "default", "Set linkAccess to default");
            case EdgeLinkAccessRule.ID:
                return remove(network, element, field, "Remove linkAccess from the edge site");
            case EdgeHaRule.ID:
                return remove(network, element, field, "Turn off ha");
            case ServiceTypeRule.ID:
                return remove(network, element, field, "Remove type (tcp is used)");
            case ObserverRule.ID:
                return remove(network, element, field, "Remove observer (auto is used)");
            case GrantRedemptionsRule.ID:
                return remove(network, element, field, "Reset redemptionsAllowed to the default, 1");
            case TokenLinkCostRule.ID:
                return set(network, element, field, 1, "Set linkCost to 1");
            case KubeOnlyFieldRule.ID:
                // a connector's selector is its target: removing it leaves none, so the user picks a host instead
                return field.equals("spec.selector") ? Optional.empty()
                        : remove(network, element, field, "Remove " + field);
            case LinkCostRule.ID:
                return linkCost(network, element);
            default:
                return Optional.empty();
        }
    }

    /** Renames the misspelt field to the defined one it most likely meant, when there is one. */
    private Optional<QuickFix> renameMisspelt(Network network, String element, String field) {
        return resource(network, element).flatMap(at -> UnknownFieldRule.unknownFields(at.resource()).stream()
                .filter(f -> f.meant() != null && f.path().equals(field)).findFirst()
                .flatMap(f -> edit.rename(at.resource(), f.path(), f.meant())
                        .map(fixed -> fix("Rename " + f.path() + " to " + f.meantPath(), at, fixed))));
    }

    private Optional<QuickFix> set(Network network, String element, String field, Object value, String label) {
        return resource(network, element).flatMap(at -> edit.set(at.resource(), field, value)
                .map(fixed -> fix(label, at, fixed)));
    }

    private Optional<QuickFix> remove(Network network, String element, String field, String label) {
        return resource(network, element).flatMap(at -> edit.remove(at.resource(), field)
                .map(fixed -> fix(label, at, fixed)));
    }

    private static QuickFix fix(String label, Located at, SkupperResource fixed) {
        return new QuickFix(label, new Edit(label, n -> n.updateSite(at.siteId(),
                s -> s.replacing(at.resource(), fixed))));
    }

    private static Optional<QuickFix> linkCost(Network network, String element) {
        if (!ElementIds.isLink(element)) {
            return Optional.empty();
        }
        String id = element.substring(ElementIds.LINK_PREFIX.length());
        return network.link(id).map(l -> new QuickFix("Set the link's cost to 1", new Edit("Set link cost to 1",
                n -> n.link(id).map(current -> n.withLink(current.withCost(1))).orElse(n))));
    }

    /** A resource and the site holding it. */
    private record Located(String siteId, SkupperResource resource) {
    }

    /** The resource an element id names; a site's id names its Site resource. */
    private static Optional<Located> resource(Network network, String element) {
        if (ElementIds.isSite(element)) {
            String siteId = ElementIds.siteOf(element);
            return network.site(siteId).flatMap(NetworkSite::siteResource).map(r -> new Located(siteId, r));
        }
        return network.resource(element).map(r -> new Located(ElementIds.siteOf(element), r));
    }
}

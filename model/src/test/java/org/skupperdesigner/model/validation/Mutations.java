package org.skupperdesigner.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SiteSpec;
import org.skupperdesigner.model.resource.SkupperResource;

/** One-place edits of a network, for rule table tests. */
public final class Mutations {

    private Mutations() {
    }

    public static UnaryOperator<Network> onSite(String siteId, UnaryOperator<NetworkSite> edit) {
        return n -> n.updateSite(siteId, edit);
    }

    /** Edits the resource of that type and name in the site. */
    public static <T extends SkupperResource> UnaryOperator<Network> edit(String siteId, Class<T> type, String name,
                                                                          UnaryOperator<T> edit) {
        return onSite(siteId, s -> {
            List<SkupperResource> copy = new ArrayList<>();
            boolean found = false;
            for (SkupperResource r : s.resources()) {
                if (!found && type.isInstance(r) && r.name().equals(name)) {
                    copy.add(edit.apply(type.cast(r)));
                    found = true;
                } else {
                    copy.add(r);
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no " + type.getSimpleName() + " " + name + " in " + siteId);
            }
            return s.withResources(copy);
        });
    }

    /** Appends a resource, even one whose kind and name already exist. */
    public static UnaryOperator<Network> append(String siteId, SkupperResource resource) {
        return onSite(siteId, s -> {
            List<SkupperResource> copy = new ArrayList<>(s.resources());
            copy.add(resource);
            return s.withResources(copy);
        });
    }

    public static UnaryOperator<Network> remove(String siteId, ResourceKind kind, String name) {
        return onSite(siteId, s -> s.withoutResource(kind, name));
    }

    public static UnaryOperator<Network> siteSpec(String siteId, UnaryOperator<SiteSpec> edit) {
        return onSite(siteId, s -> {
            Site site = s.siteResource().orElseThrow();
            return s.replacing(site, site.withSpec(edit.apply(site.spec())));
        });
    }

    public static UnaryOperator<Network> onLink(String linkId, UnaryOperator<NetworkLink> edit) {
        return n -> n.withLink(edit.apply(n.link(linkId).orElseThrow()));
    }

    public static UnaryOperator<Network> addLink(NetworkLink link) {
        return n -> n.withLinks(concat(n.links(), link));
    }

    public static UnaryOperator<Network> removeLink(String linkId) {
        return n -> n.withoutLink(linkId);
    }

    public static UnaryOperator<Network> addSite(NetworkSite site) {
        return n -> n.withSite(site);
    }

    @SafeVarargs
    public static UnaryOperator<Network> all(UnaryOperator<Network>... edits) {
        return n -> {
            Network result = n;
            for (UnaryOperator<Network> e : edits) {
                result = e.apply(result);
            }
            return result;
        };
    }

    private static <T> List<T> concat(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}

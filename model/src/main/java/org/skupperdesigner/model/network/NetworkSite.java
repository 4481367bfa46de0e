package org.skupperdesigner.model.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SiteSpec;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * A site as the user drew it: where it runs and everything in it. The Skupper {@code Site} resource is one of its
 * resources (normally exactly one; the validator reports zero or several).
 *
 * @param id           stable id, unique in the network; never changes after creation
 * @param namespace    Kubernetes namespace or system-mode namespace of the site
 * @param platform     kubernetes, docker, podman or linux
 * @param target       where it will be applied (kube context or host)
 * @param position     canvas position
 * @param notes        free text
 * @param externalHost host name or address other sites dial (needed for pre-issued link credentials); may be null
 * @param resources    the site's resources in a stable order
 */
public record NetworkSite(String id, String namespace, Platform platform, SiteTarget target, Position position,
                          String notes, String externalHost, List<SkupperResource> resources) {

    public NetworkSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(platform, "platform");
        target = target == null ? SiteTarget.UNSET : target;
        position = position == null ? Position.ORIGIN : position;
        notes = notes == null ? "" : notes;
        resources = List.copyOf(resources);
    }

    /** A new site with just its Site resource. */
    public static NetworkSite create(String name, Platform platform, SiteSpec spec, Position position) {
        Site site = new Site(org.skupperdesigner.model.resource.ObjectMeta.named(name), spec);
        return new NetworkSite(name, name, platform, SiteTarget.UNSET, position, "", null, List.of(site));
    }

    /** The site's name: its Site resource's name, or its id when it has none. */
    public String name() {
        return siteResource().map(Site::name).orElse(id);
    }

    public Optional<Site> siteResource() {
        return resources.stream().filter(Site.class::isInstance).map(Site.class::cast).findFirst();
    }

    public SiteSpec siteSpec() {
        return siteResource().map(Site::spec).orElse(SiteSpec.empty());
    }

    public boolean isEdge() {
        return siteSpec().isEdge();
    }

    public <T extends SkupperResource> Stream<T> resourcesOf(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast);
    }

    public Optional<SkupperResource> find(ResourceKind kind, String name) {
        return resources.stream().filter(r -> r.kind() == kind && r.name().equals(name)).findFirst();
    }

    public String elementId() {
        return ElementIds.site(id);
    }

    public String elementId(SkupperResource resource) {
        return ElementIds.resource(id, resource.kind(), resource.name());
    }

    public NetworkSite withPosition(Position newPosition) {
        return new NetworkSite(id, namespace, platform, target, newPosition, notes, externalHost, resources);
    }

    public NetworkSite withPlatform(Platform newPlatform) {
        return new NetworkSite(id, namespace, newPlatform, target, position, notes, externalHost, resources);
    }

    public NetworkSite withNamespace(String newNamespace) {
        return new NetworkSite(id, newNamespace, platform, target, position, notes, externalHost, resources);
    }

    public NetworkSite withTarget(SiteTarget newTarget) {
        return new NetworkSite(id, namespace, platform, newTarget, position, notes, externalHost, resources);
    }

    public NetworkSite withNotes(String newNotes) {
        return new NetworkSite(id, namespace, platform, target, position, newNotes, externalHost, resources);
    }

    public NetworkSite withExternalHost(String newHost) {
        return new NetworkSite(id, namespace, platform, target, position, notes, newHost, resources);
    }

    public NetworkSite withResources(List<SkupperResource> newResources) {
        return new NetworkSite(id, namespace, platform, target, position, notes, externalHost, newResources);
    }

    /** Adds the resource, or replaces the one of the same kind and name in place. */
    public NetworkSite withResource(SkupperResource resource) {
        List<SkupperResource> copy = new ArrayList<>(resources);
        for (int i = 0; i < copy.size(); i++) {
            SkupperResource r = copy.get(i);
            if (r.kind() == resource.kind() && r.name().equals(resource.name())) {
                copy.set(i, resource);
                return withResources(copy);
            }
        }
        copy.add(resource);
        return withResources(copy);
    }

    /** Replaces {@code old} (matched by kind and name) with {@code replacement}, keeping its place; for renames. */
    public NetworkSite replacing(SkupperResource old, SkupperResource replacement) {
        List<SkupperResource> copy = new ArrayList<>(resources);
        for (int i = 0; i < copy.size(); i++) {
            SkupperResource r = copy.get(i);
            if (r.kind() == old.kind() && r.name().equals(old.name())) {
                copy.set(i, replacement);
                return withResources(copy);
            }
        }
        copy.add(replacement);
        return withResources(copy);
    }

    public NetworkSite withoutResource(ResourceKind kind, String name) {
        return withResources(resources.stream().filter(r -> !(r.kind() == kind && r.name().equals(name))).toList());
    }
}

package org.skupperdesigner.exporters.kube;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.exporters.plan.ChangeType;
import org.skupperdesigner.exporters.plan.FieldChange;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.ResourceRef;

/** Step actions that write objects: create or update what differs, delete, create the namespace, patch costs. */
public final class ObjectWrites {

    private ObjectWrites() {
    }

    /** Writes each desired object whose live state differs; unchanged objects are not touched. */
    public static StepAction apply(SiteEndpoint site, List<Map<String, Object>> desired) {
        return ctx -> {
            for (Map<String, Object> object : desired) {
                ctx.checkCancelled();
                write(ctx, site, object);
            }
        };
    }

    static void write(StepContext ctx, SiteEndpoint site, Map<String, Object> desired) throws StepFailedException {
        ResourceRef ref = ResourceRef.of(desired);
        try {
            Optional<Map<String, Object>> live = site.store().get(ref);
            List<FieldChange> changes = live.isPresent() ? site.store().changes(desired, live.get()) : List.of();
            if (live.isPresent() && changes.isEmpty()) {
                return;
            }
            if (!ctx.dryRun()) {
                ctx.journal().before(site, ref, live.orElse(null));
            }
            if (!ctx.dryRun() || serverDryRun(site)) {
                site.store().write(desired, live.orElse(null), ctx.dryRun());
            }
            ctx.wrote(ResourceChange.of(site.id(), ref, live.isPresent() ? ChangeType.UPDATE : ChangeType.CREATE,
                    changes));
        } catch (ClusterAccessException | java.io.UncheckedIOException e) {
            throw new StepFailedException("site " + site.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a dry run is sent to the server (which then validates and defaults the objects) or only computed
     * here: not when the server ignores dry-run requests, nor when the namespace does not exist yet (a dry-run
     * namespace is not there for the dry-run objects that follow).
     */
    static boolean serverDryRun(SiteEndpoint site) {
        return site.store().honoursDryRun() && site.namespaceExists();
    }

    /** Deletes the objects that exist (prune). */
    public static StepAction delete(SiteEndpoint site, List<ResourceRef> refs) {
        return ctx -> {
            for (ResourceRef ref : refs) {
                ctx.checkCancelled();
                try {
                    Optional<Map<String, Object>> live = site.store().get(ref);
                    if (live.isEmpty()) {
                        continue;
                    }
                    if (!ctx.dryRun()) {
                        ctx.journal().before(site, ref, live.get());
                    }
                    if (!ctx.dryRun() || serverDryRun(site)) {
                        site.store().delete(ref, ctx.dryRun());
                    }
                    ctx.wrote(ResourceChange.of(site.id(), ref, ChangeType.DELETE, List.of()));
                } catch (ClusterAccessException | java.io.UncheckedIOException e) {
                    throw new StepFailedException("site " + site.name() + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /** Creates the site's namespace (labelled as the designer's). */
    public static StepAction createNamespace(SiteEndpoint site) {
        return ctx -> {
            ResourceRef ref = new ResourceRef(KubeKinds.NAMESPACE, null, site.site().namespace());
            try {
                if (site.client().get(ref).isPresent()) {
                    return;
                }
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("name", site.site().namespace());
                meta.put("labels", Map.of(DesignerMetadata.MANAGED_BY, DesignerMetadata.MANAGER));
                Map<String, Object> namespace = new LinkedHashMap<>();
                namespace.put("apiVersion", "v1");
                namespace.put("kind", KubeKinds.NAMESPACE);
                namespace.put("metadata", meta);
                if (!ctx.dryRun()) {
                    ctx.journal().before(site, ref, null);
                }
                if (!ctx.dryRun() || site.capabilities().dryRun()) {
                    site.client().create(namespace, ctx.dryRun());
                }
                ctx.wrote(ResourceChange.of(site.id(), ref, ChangeType.CREATE, List.of()));
            } catch (ClusterAccessException e) {
                throw new StepFailedException("site " + site.name() + ": " + e.getMessage(), e);
            }
        };
    }

    /** Changes the cost of Links Skupper created from tokens (the token itself is spent). */
    public static StepAction linkCosts(SiteEndpoint site, Map<ResourceRef, Long> costs) {
        return ctx -> {
            for (Map.Entry<ResourceRef, Long> e : costs.entrySet()) {
                ctx.checkCancelled();
                try {
                    Optional<Map<String, Object>> live = site.store().get(e.getKey());
                    if (live.isEmpty()) {
                        continue;
                    }
                    Object before = KubeObjects.map(live.get().get("spec")).get("cost");
                    if (!ctx.dryRun()) {
                        ctx.journal().before(site, e.getKey(), live.get());
                    }
                    if (!ctx.dryRun() || serverDryRun(site)) {
                        site.client().mergePatch(e.getKey(), Map.of("spec", Map.of("cost", e.getValue())),
                                ctx.dryRun());
                    }
                    ctx.wrote(ResourceChange.of(site.id(), e.getKey(), ChangeType.UPDATE,
                            List.of(new FieldChange("spec.cost", before, e.getValue(), false))));
                } catch (ClusterAccessException ex) {
                    throw new StepFailedException("site " + site.name() + ": " + ex.getMessage(), ex);
                }
            }
        };
    }
}

package org.skupperdesigner.exporters.kube;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.exporters.desired.DesiredNetwork;
import org.skupperdesigner.exporters.desired.DesiredSite;
import org.skupperdesigner.exporters.links.ExistingSecrets;
import org.skupperdesigner.exporters.links.TokenExchange;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.exporters.system.SkupperCommand;
import org.skupperdesigner.exporters.system.SystemNamespaceLayout;
import org.skupperdesigner.exporters.system.SystemSiteStore;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Connects the sites of one plan or diff: a cluster client per Kubernetes site (its context), the input folder
 * per system site on this machine; then, once the desired state is known, preflight and capability probing turn
 * each reachable site into a {@link SiteEndpoint}. Every problem becomes a finding naming the site.
 */
final class SiteConnections {

    private final ClusterConnector connector;
    private final SystemNamespaceLayout layout;
    private final SkupperCommand skupper;
    private final Map<String, ClusterClient> clients = new LinkedHashMap<>();
    private final Map<String, SystemSiteStore> systemStores = new LinkedHashMap<>();
    private final Map<String, ServerCapabilities> capabilitiesByContext = new HashMap<>();

    SiteConnections(ClusterConnector connector, SystemNamespaceLayout layout, SkupperCommand skupper) {
        this.connector = connector;
        this.layout = layout;
        this.skupper = skupper;
    }

    void connect(List<NetworkSite> sites, List<PreflightFinding> findings) {
        String unreadableKubeconfig = sites.stream().anyMatch(s -> s.platform().isKubernetes())
                ? kubeconfigProblem() : null;
        boolean kubeconfigReported = false;
        for (NetworkSite site : sites) {
            if (site.platform().isKubernetes() && unreadableKubeconfig != null) {
                // the same for every Kubernetes site: said once, in full, on the first
                findings.add(PreflightFinding.error(site.id(), "kubeconfig", kubeconfigReported ? "site "
                        + site.name() + ": not reached, the kubeconfig cannot be read (see above)."
                        : unreadableKubeconfig + "; choose a kubeconfig that kubectl can use (--kubeconfig FILE, "
                        + "or KUBECONFIG). No Kubernetes site can be reached without it."));
                kubeconfigReported = true;
            } else if (site.platform().isKubernetes()) {
                try {
                    clients.put(site.id(), connector.connect(site.target().context()));
                } catch (ClusterAccessException e) {
                    findings.add(PreflightFinding.error(site.id(), "context", "site " + site.name() + ": "
                            + e.getMessage() + "; set the site's target context to an existing one, or add it to "
                            + "your kubeconfig ('kubectl config get-contexts' lists them)."));
                }
            } else {
                String host = site.target().host();
                if (host != null && !SiteTarget.LOCAL_HOST.equals(host)) {
                    findings.add(PreflightFinding.error(site.id(), "system", "site " + site.name() + " runs on host "
                            + host + "; skupper-designer applies system sites on this machine only. Export the "
                            + "design ('export --format folders'), copy " + site.name() + "/ to " + host
                            + " and run 'skupper system apply -f " + site.name() + "/" + site.name()
                            + ".yaml' there."));
                    continue;
                }
                systemStores.put(site.id(), new SystemSiteStore(layout.inputResources(site.namespace()),
                        site.platform().id() + " namespace " + site.namespace() + " on this machine ("
                                + layout.inputResources(site.namespace()) + ")"));
                if (!skupper.installed()) {
                    findings.add(PreflightFinding.info(site.id(), "system", "site " + site.name() + ": the skupper "
                            + "command is not installed here; its files will be written and you will be told what "
                            + "to run."));
                }
            }
        }
    }

    /** Why the kubeconfig itself cannot be read (missing, not YAML), or null when it can. */
    private String kubeconfigProblem() {
        try {
            connector.contexts();
            return null;
        } catch (ClusterAccessException e) {
            return e.getMessage();
        }
    }

    /** Secrets already live, so still-good pre-issued credentials are reused. */
    ExistingSecrets liveSecrets(Map<String, NetworkSite> sites) {
        return (siteId, name) -> {
            NetworkSite site = sites.get(siteId);
            ResourceRef ref = site == null ? null : new ResourceRef(ResourceKind.SECRET.kind(), site.namespace(), name);
            try {
                Optional<Map<String, Object>> live = clients.containsKey(siteId) ? clients.get(siteId).get(ref)
                        : systemStores.containsKey(siteId) ? systemStores.get(siteId).get(ref) : Optional.empty();
                return live.map(SiteConnections::secret);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        };
    }

    /** Preflight and capabilities for each connected site; the ones that pass become endpoints. */
    Map<String, SiteEndpoint> prepare(DesiredNetwork desired, Set<String> wanted, List<PreflightFinding> findings,
                                      List<String> notes) {
        Map<String, SiteEndpoint> endpoints = new LinkedHashMap<>();
        Preflight preflight = new Preflight();
        CapabilityProbe probe = new CapabilityProbe();
        for (DesiredSite site : desired.sites()) {
            if (!wanted.contains(site.id())) {
                continue;
            }
            if (systemStores.containsKey(site.id())) {
                endpoints.put(site.id(), new SiteEndpoint(site, systemStores.get(site.id()), null,
                        ServerCapabilities.none("system mode"), true));
                continue;
            }
            ClusterClient client = clients.get(site.id());
            if (client == null) {
                continue;
            }
            Preflight.Result result = preflight.check(site.site(), client, kinds(desired, site));
            findings.addAll(result.findings());
            if (!result.ok()) {
                continue;
            }
            ServerCapabilities caps = capabilitiesByContext.computeIfAbsent(client.context(), c -> {
                ServerCapabilities found = probe.probe(client, site.site().namespace());
                notes.add(found.how());
                return found;
            });
            endpoints.put(site.id(), new SiteEndpoint(site, new KubeSiteStore(client, site.site().namespace(), caps),
                    client, caps, result.namespaceExists()));
        }
        return endpoints;
    }

    private static Set<ResourceKind> kinds(DesiredNetwork desired, DesiredSite site) {
        Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
        site.resources().stream().map(SkupperResource::kind).forEach(kinds::add);
        for (TokenExchange ex : desired.exchanges()) {
            if (ex.acceptingSiteId().equals(site.id())) {
                kinds.add(ResourceKind.ACCESS_GRANT);
            }
            if (ex.dialingSiteId().equals(site.id())) {
                kinds.addAll(List.of(ResourceKind.ACCESS_TOKEN, ResourceKind.LINK, ResourceKind.SECRET));
            }
        }
        return kinds;
    }

    private static Secret secret(Map<String, Object> live) {
        Map<String, Object> meta = KubeObjects.map(live.get("metadata"));
        Map<String, String> annotations = new HashMap<>();
        KubeObjects.map(meta.get("annotations")).forEach((k, v) -> annotations.put(k, String.valueOf(v)));
        Map<String, String> data = new HashMap<>();
        KubeObjects.map(live.get("data")).forEach((k, v) -> data.put(k, String.valueOf(v)));
        return new Secret(new ObjectMeta(String.valueOf(meta.get("name")), null, Map.of(), annotations, Map.of()),
                (String) live.get("type"), data, Map.of(), Map.of());
    }
}

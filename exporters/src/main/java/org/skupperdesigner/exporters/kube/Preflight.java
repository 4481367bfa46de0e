package org.skupperdesigner.exporters.kube;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * Checks one Kubernetes site before anything is written: the API answers, the Skupper CRDs are served, the Skupper
 * controller runs, the namespace exists (or will be created) and the user may do what the apply needs
 * (SelfSubjectAccessReview). Each failure is one sentence naming the site and what to do.
 */
public final class Preflight {

    static final String CONTROLLER = "skupper-controller";
    private static final List<String> VERBS = List.of("create", "patch", "delete");

    /**
     * What the checks found.
     *
     * @param findings        per-check results
     * @param namespaceExists false when the namespace must be created first
     */
    public record Result(List<PreflightFinding> findings, boolean namespaceExists) {
        public boolean ok() {
            return findings.stream().noneMatch(PreflightFinding::isError);
        }
    }

    public Result check(NetworkSite site, ClusterClient client, Set<ResourceKind> kinds) {
        List<PreflightFinding> findings = new ArrayList<>();
        String where = "site " + site.name() + " (context " + client.context() + ", namespace " + site.namespace()
                + ")";
        try {
            client.serverVersion();
        } catch (ClusterAccessException e) {
            String what = e.code() == 401 ? "the credentials of context " + client.context()
                    + " were rejected; log in again (e.g. refresh the token in your kubeconfig)"
                    : "check that the cluster runs and that 'kubectl --context " + client.context()
                    + " get namespaces' works";
            findings.add(PreflightFinding.error(site.id(), "api", where + ": cannot reach the Kubernetes API at "
                    + client.server() + " (" + e.getMessage() + "); " + what + "."));
            return new Result(findings, true);
        }
        Set<String> served = client.servedResources(ResourceKind.SKUPPER_API_VERSION);
        List<String> missing = kinds.stream().filter(ResourceKind::isSkupper).map(ResourceKind::plural)
                .filter(p -> !served.contains(p)).map(p -> p + ".skupper.io").sorted().toList();
        if (!missing.isEmpty()) {
            findings.add(PreflightFinding.error(site.id(), "crds", where + ": the Skupper v2 CRDs are not installed "
                    + "(missing " + String.join(", ", missing) + "); install Skupper v2 in that cluster "
                    + "(controller and CRDs) first."));
        }
        controller(site, client, where, findings);
        boolean namespaceExists = namespace(site, client, findings);
        permissions(site, client, kinds, namespaceExists, where, findings);
        return new Result(findings, namespaceExists);
    }

    private static void controller(NetworkSite site, ClusterClient client, String where,
                                   List<PreflightFinding> findings) {
        try {
            // Namespaced install first, then the usual cluster-wide install, then any namespace by label.
            List<Map<String, Object>> deployments = new ArrayList<>();
            for (String ns : new LinkedHashSet<>(List.of(site.namespace(), "skupper"))) {
                client.get(new ResourceRef(KubeKinds.DEPLOYMENT, ns, CONTROLLER)).ifPresent(deployments::add);
            }
            if (deployments.isEmpty()) {
                deployments.addAll(client.list(KubeKinds.DEPLOYMENT, null, Map.of("application", CONTROLLER)));
            }
            if (deployments.isEmpty()) {
                findings.add(PreflightFinding.error(site.id(), "controller", where + ": no Skupper controller "
                        + "(deployment " + CONTROLLER + ") was found; install Skupper v2 in that cluster first."));
            } else if (deployments.stream().noneMatch(Preflight::ready)) {
                findings.add(PreflightFinding.error(site.id(), "controller", where + ": the Skupper controller "
                        + "is installed but not running (no ready replica); check 'kubectl --context "
                        + client.context() + " get deployment " + CONTROLLER + " -A'."));
            }
        } catch (ClusterAccessException e) {
            findings.add(PreflightFinding.warning(site.id(), "controller", where + ": cannot check that the "
                    + "Skupper controller runs (" + e.getMessage() + "); the apply will wait for Sites to become "
                    + "Ready, which needs it."));
        }
    }

    private static boolean namespace(NetworkSite site, ClusterClient client, List<PreflightFinding> findings) {
        try {
            Optional<Map<String, Object>> ns = client.get(new ResourceRef(KubeKinds.NAMESPACE, null,
                    site.namespace()));
            if (ns.isEmpty()) {
                findings.add(PreflightFinding.info(site.id(), "namespace", "site " + site.name() + ": namespace "
                        + site.namespace() + " does not exist in context " + client.context()
                        + " and will be created."));
                return false;
            }
        } catch (ClusterAccessException e) {
            // Reading namespaces is often not allowed to namespace users; assume it exists.
        }
        return true;
    }

    private static void permissions(NetworkSite site, ClusterClient client, Set<ResourceKind> kinds,
                                    boolean namespaceExists, String where, List<PreflightFinding> findings) {
        Set<String> denied = new LinkedHashSet<>();
        boolean unanswered = false;
        List<String[]> checks = new ArrayList<>();
        if (!namespaceExists) {
            checks.add(new String[] {"create", "", "namespaces"});
        }
        for (ResourceKind kind : kinds) {
            String group = kind.isSkupper() ? ResourceKind.SKUPPER_GROUP : "";
            VERBS.forEach(v -> checks.add(new String[] {v, group, kind.plural()}));
        }
        for (String[] c : checks) {
            try {
                Optional<Boolean> allowed = client.mayI(c[0], c[1], c[2], c[2].equals("namespaces") ? null
                        : site.namespace());
                if (allowed.isEmpty()) {
                    unanswered = true;
                } else if (!allowed.get()) {
                    denied.add(c[0] + " " + c[2]);
                }
            } catch (ClusterAccessException e) {
                unanswered = true;
            }
        }
        if (!denied.isEmpty()) {
            findings.add(PreflightFinding.error(site.id(), "permissions", where + ": you may not "
                    + String.join(", ", denied) + "; ask a cluster administrator for these rights in namespace "
                    + site.namespace() + ", or choose a context that has them."));
        } else if (unanswered) {
            findings.add(PreflightFinding.warning(site.id(), "permissions", where + ": the server did not answer "
                    + "the permission checks (SelfSubjectAccessReview); missing rights will show up as errors "
                    + "during the apply."));
        }
    }

    private static String name(Map<String, Object> object) {
        return KubeObjects.string(object, "metadata", "name");
    }

    private static boolean ready(Map<String, Object> deployment) {
        Object ready = KubeObjects.map(deployment.get("status")).get("readyReplicas");
        return ready instanceof Number n && n.intValue() > 0;
    }
}

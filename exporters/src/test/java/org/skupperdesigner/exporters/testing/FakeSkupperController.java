package org.skupperdesigner.exporters.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.skupperdesigner.exporters.kube.KubeKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the Skupper controller against mock clusters, the way reference E.4 describes it: marks Sites Ready (with
 * endpoints when they have link access), fills AccessGrant status (url, code, ca, expirationTime), redeems
 * AccessTokens against the grant they name (refusing expired or spent grants), turning them into a Secret and a Link
 * in the dialing namespace, marks Links Operational and listeners/connectors Matched when the routing key has a
 * counterpart anywhere. A polling thread, bounded in time: it stops by itself after {@code lifetime}.
 */
public final class FakeSkupperController implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FakeSkupperController.class);
    private static final String FAKE_CA = "-----BEGIN CERTIFICATE-----\nRkFLRSBDQQ==\n-----END CERTIFICATE-----\n";

    private final List<MockCluster> clusters;
    private final Thread thread;
    private final Instant stopAt;
    private volatile boolean running = true;
    private final Set<String> externalListenerKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<String> externalConnectorKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public FakeSkupperController(List<MockCluster> clusters, Duration lifetime) {
        this.clusters = List.copyOf(clusters);
        this.stopAt = Instant.now().plus(lifetime);
        this.thread = new Thread(this::loop, "fake-skupper-controller");
        thread.setDaemon(true);
        thread.start();
    }

    /** Routing keys of listeners and connectors on sites outside the mock clusters (system-mode sites). */
    public void alsoInNetwork(Set<String> listenerKeys, Set<String> connectorKeys) {
        externalListenerKeys.addAll(listenerKeys);
        externalConnectorKeys.addAll(connectorKeys);
    }

    private void loop() {
        while (running && Instant.now().isBefore(stopAt)) {
            try {
                Set<String> listenerKeys = new HashSet<>(externalListenerKeys);
                Set<String> connectorKeys = new HashSet<>(externalConnectorKeys);
                for (MockCluster c : clusters) {
                    c.all("Listener").forEach(l -> listenerKeys.add(String.valueOf((Object) l.get("spec",
                            "routingKey"))));
                    c.all("Connector").forEach(l -> connectorKeys.add(String.valueOf((Object) l.get("spec",
                            "routingKey"))));
                }
                for (MockCluster cluster : clusters) {
                    tick(cluster, listenerKeys, connectorKeys);
                }
            } catch (KubernetesClientException e) {
                LOG.debug("controller tick: {}", e.getMessage()); // conflicts with the apply: next tick
            } catch (IllegalStateException e) {
                LOG.debug("controller tick: {}", e.getMessage()); // a cluster was closed by the test
            }
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void tick(MockCluster cluster, Set<String> listenerKeys, Set<String> connectorKeys) {
        for (GenericKubernetesResource site : cluster.all("Site")) {
            if (!"Ready".equals(status(site).get("status"))) {
                Map<String, Object> status = ready();
                if (site.get("spec", "linkAccess") != null || !cluster.client().genericKubernetesResources(
                        KubeKinds.of("RouterAccess")).inNamespace(ns(site)).list().getItems().isEmpty()) {
                    status.put("endpoints", List.of(
                            Map.of("name", "inter-router", "host", host(cluster, site), "port", "55671",
                                    "group", "skupper-router"),
                            Map.of("name", "edge", "host", host(cluster, site), "port", "45671",
                                    "group", "skupper-router")));
                }
                setStatus(cluster, site, status);
            }
        }
        for (GenericKubernetesResource grant : cluster.all("AccessGrant")) {
            if (status(grant).get("url") == null) {
                Map<String, Object> status = ready();
                status.put("url", "https://grants." + cluster.name() + ".test:9090/" + grant.getMetadata().getUid());
                Object code = grant.get("spec", "code");
                status.put("code", code != null ? code : UUID.randomUUID().toString().substring(0, 24));
                status.put("ca", FAKE_CA);
                status.put("redemptions", 0);
                status.put("expirationTime", Instant.now().plus(Duration.ofMinutes(15)).toString());
                setStatus(cluster, grant, status);
            }
        }
        for (GenericKubernetesResource token : cluster.all("AccessToken")) {
            if (status(token).isEmpty()) {
                redeem(cluster, token);
            }
        }
        for (GenericKubernetesResource link : cluster.all("Link")) {
            if (!"Ready".equals(status(link).get("status"))) {
                Map<String, Object> status = ready();
                status.put("conditions", List.of(condition("Configured"), condition("Operational"),
                        condition("Ready")));
                setStatus(cluster, link, status);
            }
        }
        matched(cluster, "Listener", connectorKeys);
        matched(cluster, "Connector", listenerKeys);
    }

    private void matched(MockCluster cluster, String kind, Set<String> peerKeys) {
        for (GenericKubernetesResource r : cluster.all(kind)) {
            boolean match = peerKeys.contains(String.valueOf((Object) r.get("spec", "routingKey")));
            boolean isReady = "Ready".equals(status(r).get("status"));
            if (match && !isReady) {
                Map<String, Object> status = ready();
                status.put("conditions", List.of(condition("Configured"), condition("Matched"), condition("Ready")));
                status.put(kind.equals("Listener") ? "hasMatchingConnector" : "hasMatchingListener", true);
                setStatus(cluster, r, status);
            } else if (!match && (isReady || status(r).isEmpty())) {
                setStatus(cluster, r, new LinkedHashMap<>(Map.of("status", "Pending", "message",
                        kind.equals("Listener") ? "No matching connectors" : "No matching listeners")));
            }
        }
    }

    /** Reference E.4 step 4-6, with the server's checks of step 5. */
    private void redeem(MockCluster cluster, GenericKubernetesResource token) {
        String url = String.valueOf((Object) token.get("spec", "url"));
        String uid = url.substring(url.lastIndexOf('/') + 1);
        MockCluster grantCluster = null;
        GenericKubernetesResource grant = null;
        for (MockCluster c : clusters) {
            for (GenericKubernetesResource g : c.all("AccessGrant")) {
                if (uid.equals(g.getMetadata().getUid()) && url.contains("grants." + c.name() + ".test")) {
                    grantCluster = c;
                    grant = g;
                }
            }
        }
        String refusal = null;
        if (grant == null || Instant.parse(String.valueOf(status(grant).get("expirationTime")))
                .isBefore(Instant.now())) {
            refusal = "No such claim";
        } else if (((Number) status(grant).getOrDefault("redemptions", 0)).intValue() >= 1) {
            refusal = "No such access granted";
        } else if (!String.valueOf(status(grant).get("code")).equals(String.valueOf((Object) token.get("spec",
                "code")))) {
            refusal = "Redemption of access token refused";
        }
        if (refusal != null) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("redeemed", false);
            status.put("status", "Error");
            status.put("message", refusal);
            status.put("conditions", List.of(Map.of("type", "Redeemed", "status", "False", "reason", "Error",
                    "message", refusal)));
            setStatus(cluster, token, status);
            return;
        }
        Map<String, Object> grantStatus = new LinkedHashMap<>(status(grant));
        grantStatus.put("redemptions", 1);
        setStatus(grantCluster, grant, grantStatus);
        String ns = ns(token);
        String name = token.getMetadata().getName();
        cluster.client().secrets().inNamespace(ns).resource(new io.fabric8.kubernetes.api.model.SecretBuilder()
                .withNewMetadata().withName(name).withNamespace(ns).endMetadata()
                .addToData("tls.crt", "Q0VSVA==").addToData("tls.key", "S0VZ").addToData("ca.crt", "Q0E=").build())
                .create();
        String grantNamespace = ns(grant);
        GenericKubernetesResource acceptingSite = grantCluster.all("Site").stream()
                .filter(site -> ns(site).equals(grantNamespace)).findFirst().orElse(null);
        List<Object> endpoints = acceptingSite == null ? List.of() : new ArrayList<>((List<?>) status(acceptingSite)
                .getOrDefault("endpoints", List.of()));
        Object cost = token.get("spec", "linkCost");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("endpoints", endpoints);
        spec.put("tlsCredentials", name);
        spec.put("cost", cost == null ? 1 : cost);
        cluster.client().genericKubernetesResources(KubeKinds.of("Link")).inNamespace(ns).resource(
                new GenericKubernetesResourceBuilder().withApiVersion("skupper.io/v2alpha1").withKind("Link")
                        .withNewMetadata().withName(name).withNamespace(ns).endMetadata()
                        .addToAdditionalProperties("spec", spec).build()).create();
        Map<String, Object> status = ready();
        status.put("redeemed", true);
        setStatus(cluster, token, status);
    }

    private static String host(MockCluster cluster, GenericKubernetesResource site) {
        return "skupper-inter-router-" + site.getMetadata().getName() + "." + cluster.name() + ".test";
    }

    private static void setStatus(MockCluster cluster, GenericKubernetesResource r, Map<String, Object> status) {
        r.getAdditionalProperties().put("status", status);
        cluster.client().genericKubernetesResources(KubeKinds.of(r.getKind())).inNamespace(ns(r)).resource(r)
                .updateStatus();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> status(GenericKubernetesResource r) {
        Object status = r.getAdditionalProperties().get("status");
        return status instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, Object> ready() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", "Ready");
        status.put("message", "OK");
        status.put("conditions", List.of(condition("Configured"), condition("Ready")));
        return status;
    }

    private static Map<String, Object> condition(String type) {
        return Map.of("type", type, "status", "True", "reason", "Ready", "message", "OK");
    }

    private static String ns(GenericKubernetesResource r) {
        return r.getMetadata().getNamespace();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.skupperdesigner.exporters.kube;

import org.skupperdesigner.exporters.desired.DesiredSite;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * A site ready to be planned and applied: what it should hold and where that lives.
 *
 * @param desired         the desired state of the site
 * @param store           where its objects are read and written
 * @param client          the cluster client (null for system-mode sites)
 * @param capabilities    what its server supports (system sites: none)
 * @param namespaceExists false when the namespace has to be created first
 */
public record SiteEndpoint(DesiredSite desired, SiteStore store, ClusterClient client,
                           ServerCapabilities capabilities, boolean namespaceExists) {

    public NetworkSite site() {
        return desired.site();
    }

    public String id() {
        return desired.id();
    }

    public String name() {
        return desired.name();
    }

    public boolean isKube() {
        return client != null;
    }
}

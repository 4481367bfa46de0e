package org.skupperdesigner.exporters.kube;

/**
 * What one API server can do, found by probing it ({@link CapabilityProbe}).
 *
 * @param dryRun          the server honours {@code dryRun=All} (nothing is persisted)
 * @param serverSideApply the server accepts server-side apply
 * @param how             one sentence on how this was found out (shown in the plan)
 */
public record ServerCapabilities(boolean dryRun, boolean serverSideApply, String how) {

    public static ServerCapabilities none(String how) {
        return new ServerCapabilities(false, false, how);
    }
}

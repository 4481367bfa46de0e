package org.skupperdesigner.exporters.kube;

import java.util.List;
import java.util.Map;

/**
 * Reads Skupper statuses (reference A.2): the aggregate {@code status.status}, the conditions, and the kind-specific
 * fields, into one verdict per wait.
 */
public final class Readiness {

    /** DONE, still PENDING (with the latest message), or FAILED for good. */
    public record Verdict(State state, String message) {
        public enum State { DONE, PENDING, FAILED }

        static Verdict done() {
            return new Verdict(State.DONE, "");
        }

        static Verdict pending(String message) {
            return new Verdict(State.PENDING, message);
        }

        static Verdict failed(String message) {
            return new Verdict(State.FAILED, message);
        }
    }

    private Readiness() {
    }

    public static Verdict siteReady(Map<String, Object> site) {
        return ready(site) ? Verdict.done() : Verdict.pending(message(site, "not Ready yet"));
    }

    /** A grant is usable once the controller has filled url, code and ca. */
    public static Verdict grantReady(Map<String, Object> grant) {
        Map<String, Object> status = KubeObjects.map(grant.get("status"));
        if (nonEmpty(status.get("url")) && nonEmpty(status.get("code")) && nonEmpty(status.get("ca"))) {
            return Verdict.done();
        }
        if ("Error".equals(status.get("status"))) {
            return Verdict.failed(message(grant, "the grant was refused"));
        }
        return Verdict.pending(message(grant, "not processed yet"));
    }

    public static Verdict tokenRedeemed(Map<String, Object> token) {
        Map<String, Object> status = KubeObjects.map(token.get("status"));
        if (Boolean.TRUE.equals(status.get("redeemed"))) {
            return Verdict.done();
        }
        if ("Error".equals(status.get("status")) || conditionIs(token, "Redeemed", "False", "Error")) {
            return Verdict.failed(message(token, "redemption failed"));
        }
        return Verdict.pending(message(token, "not redeemed yet"));
    }

    public static Verdict linkOperational(Map<String, Object> link) {
        if (conditionIs(link, "Operational", "True", null) || ready(link)) {
            return Verdict.done();
        }
        return Verdict.pending(message(link, "not operational yet"));
    }

    public static Verdict matched(Map<String, Object> listenerOrConnector) {
        Map<String, Object> status = KubeObjects.map(listenerOrConnector.get("status"));
        if (conditionIs(listenerOrConnector, "Matched", "True", null) || ready(listenerOrConnector)
                || Boolean.TRUE.equals(status.get("hasMatchingConnector"))
                || Boolean.TRUE.equals(status.get("hasMatchingListener"))) {
            return Verdict.done();
        }
        return Verdict.pending(message(listenerOrConnector, "not matched yet"));
    }

    /** Status Ready, or a Ready condition that is True. */
    public static boolean ready(Map<String, Object> object) {
        return "Ready".equals(KubeObjects.map(object.get("status")).get("status"))
                || conditionIs(object, "Ready", "True", null);
    }

    /** The aggregate status and message, e.g. "Pending: No matching connectors"; empty when there is none. */
    public static String summary(Map<String, Object> object) {
        Map<String, Object> status = KubeObjects.map(object.get("status"));
        Object s = status.get("status");
        Object m = status.get("message");
        return s == null ? "" : m == null ? String.valueOf(s) : s + ": " + m;
    }

    private static boolean conditionIs(Map<String, Object> object, String type, String status, String reason) {
        Object conditions = KubeObjects.map(object.get("status")).get("conditions");
        if (!(conditions instanceof List<?> list)) {
            return false;
        }
        for (Object c : list) {
            Map<String, Object> condition = KubeObjects.map(c);
            if (type.equals(condition.get("type")) && status.equals(condition.get("status"))
                    && (reason == null || reason.equals(condition.get("reason")))) {
                return true;
            }
        }
        return false;
    }

    private static String message(Map<String, Object> object, String fallback) {
        Object m = KubeObjects.map(object.get("status")).get("message");
        return m == null || String.valueOf(m).isBlank() ? fallback : String.valueOf(m);
    }

    private static boolean nonEmpty(Object value) {
        return value != null && !String.valueOf(value).isBlank();
    }
}

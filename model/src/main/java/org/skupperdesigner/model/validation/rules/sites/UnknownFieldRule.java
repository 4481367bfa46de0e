package org.skupperdesigner.model.validation.rules.sites;

import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.schema.CrdFields;
import org.skupperdesigner.model.text.EditDistance;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.yaml.ResourceEncoder;

/**
 * A field the resource's CRD does not define, usually a misspelling ({@code linkAcess}, {@code routingkey}): the
 * API server drops it and {@code kubectl apply} refuses the object, so what it meant never happens. Fields the
 * model does not know but the CRD does (a newer Skupper's) are fine.
 */
public final class UnknownFieldRule extends AbstractSiteRule {

    public static final String ID = "resource.unknown-field";

    private static final ResourceEncoder ENCODER = new ResourceEncoder();

    /**
     * One field the CRD does not define.
     *
     * @param path  where it is, e.g. {@code spec.linkAcess}
     * @param meant the defined field at the same level it most likely meant ({@code linkAccess}), or null
     */
    public record UnknownField(String path, String meant) {

        /** The path of the field meant, e.g. {@code spec.linkAccess}; null when there is no likely one. */
        public String meantPath() {
            if (meant == null) {
                return null;
            }
            int dot = path.lastIndexOf('.');
            return dot < 0 ? meant : path.substring(0, dot + 1) + meant;
        }
    }

    public UnknownFieldRule() {
        super(ID, Severity.WARNING, "A resource sets a field its CRD does not define.");
    }

    /** The fields of {@code resource} its CRD does not define (none for a Secret), in document order. */
    public static List<UnknownField> unknownFields(SkupperResource resource) {
        if (resource.kind() == ResourceKind.SECRET) {
            return List.of();
        }
        return CrdFields.get().unknown(resource.kind(), ENCODER.encode(resource)).stream()
                .map(f -> new UnknownField(f.path(), closest(f))).toList();
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        for (SkupperResource r : site.resources()) {
            for (UnknownField field : unknownFields(r)) {
                report(out, r.kindAndName() + " in site " + site.id() + " sets " + field.path() + ", which the "
                                + r.kind().kind() + " CRD does not define: " + (site.platform().isKubernetes()
                                ? "the API server drops it and kubectl apply refuses the object."
                                : "Skupper ignores it."),
                        field.meant() != null ? "Did you mean " + field.meantPath() + "? Rename the field."
                                : "Remove it, or check its spelling against the " + r.kind().kind() + " CRD.",
                        site.elementId(r));
            }
        }
    }

    /**
     * The defined name that differs only in case, '_' for '-', two neighbouring letters swapped, or by one letter
     * (two for names longer than four); null when none is close.
     */
    private static String closest(CrdFields.Unknown field) {
        String wanted = EditDistance.normalize(field.name());
        int max = wanted.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = max + 1;
        for (String name : field.defined()) {
            String candidate = EditDistance.normalize(name);
            int d = swapsTwoNeighbours(wanted, candidate) ? 1 : EditDistance.within(wanted, candidate, max);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean swapsTwoNeighbours(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }
}

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
                reportField(out, field.path(),
                        r.kindAndName() + " in site " + site.id() + " sets " + field.path() + ", which the "
                                + r.kind().kind() + " CRD does not define: " + (site.platform().isKubernetes()
                                ? "the API server drops it and kubectl apply refuses the object."
                                : "Skupper ignores it."),
                        field.meant() != null ? "Did you mean " + field.meantPath() + "? Rename the field."
                                : "Remove it, or check its spelling against the " + r.kind().kind() + " CRD.",
                        site.elementId(r));
            }
        }
    }

    /** Case, '_'/'-' and a swap are free; one other edit for short names (four letters or fewer), two otherwise. */
    private static String closest(CrdFields.Unknown field) {
        return EditDistance.closest(field.name(), field.defined(), field.name().length() <= 4 ? 1 : 2);
    }
}

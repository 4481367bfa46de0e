package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/** A link realized by a Link or AccessToken that is not in the dialing site (or is of another kind). */
public final class RealizedByMissingRule extends AbstractRule {

    public RealizedByMissingRule() {
        super("link.realized-by-missing", Severity.ERROR,
                "A link is realized by a Link or AccessToken that its dialing site does not hold.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            NetworkSite from = ctx.site(l.fromSite());
            if (l.realizedBy() == null || from == null) {
                continue;
            }
            String ref = l.realizedBy();
            int slash = ref.indexOf('/');
            String kind = slash < 0 ? "" : ref.substring(0, slash);
            String name = slash < 0 ? ref : ref.substring(slash + 1);
            boolean rightKind = kind.equals(ResourceKind.LINK.kind()) || kind.equals(ResourceKind.ACCESS_TOKEN.kind());
            boolean present = rightKind && from.resources().stream()
                    .anyMatch(r -> r.kind().kind().equals(kind) && r.name().equals(name));
            if (!present) {
                reportField(out, "realizedBy", "Link " + l.id() + " is realized by '" + ref + "', but site " + from.id()
                                + (rightKind ? " holds no such resource." : " can only realize links with a Link or "
                                + "an AccessToken."),
                        "Clear realizedBy so export generates the link, or add the resource to site " + from.id()
                                + ".", "link/" + l.id());
            }
        }
    }
}

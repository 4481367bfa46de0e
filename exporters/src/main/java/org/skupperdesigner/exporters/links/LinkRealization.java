package org.skupperdesigner.exporters.links;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * What it takes to turn the design's links into Skupper resources.
 *
 * @param generated     site id to the resources generated for it (grants, Links, Secrets, RouterAccess)
 * @param pendingTokens site id to AccessTokens that are completed at apply time from a grant's status
 * @param exchanges     the grant/token pairs, in link order
 * @param problems      why some links could not be realized
 */
public record LinkRealization(Map<String, List<SkupperResource>> generated,
                              Map<String, List<AccessToken>> pendingTokens, List<TokenExchange> exchanges,
                              List<Diagnostic> problems) {

    public LinkRealization {
        generated = Map.copyOf(generated);
        pendingTokens = Map.copyOf(pendingTokens);
        exchanges = List.copyOf(exchanges);
        problems = List.copyOf(problems);
    }

    public List<SkupperResource> generatedFor(String siteId) {
        return generated.getOrDefault(siteId, List.of());
    }

    public List<AccessToken> pendingTokensFor(String siteId) {
        return pendingTokens.getOrDefault(siteId, List.of());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }
}

package org.skupperdesigner.exporters.desired;

import java.util.List;
import java.util.Optional;

import org.skupperdesigner.exporters.links.TokenExchange;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;

/**
 * The design rendered into what every site should hold, plus the token exchanges that link sites at apply time.
 * Export writes it to files; apply makes the platforms match it.
 */
public record DesiredNetwork(Network network, List<DesiredSite> sites, List<TokenExchange> exchanges,
                             List<Diagnostic> problems) {

    public DesiredNetwork {
        sites = List.copyOf(sites);
        exchanges = List.copyOf(exchanges);
        problems = List.copyOf(problems);
    }

    public Optional<DesiredSite> site(String siteId) {
        return sites.stream().filter(s -> s.id().equals(siteId)).findFirst();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    /** The network label value shared by everything this design manages. */
    public String networkLabel() {
        return DesignerMetadata.labelValue(network.name());
    }
}

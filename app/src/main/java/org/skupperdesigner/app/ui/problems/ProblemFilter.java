package org.skupperdesigner.app.ui.problems;

import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;

/**
 * Which problems the panel lists: by severity, and optionally only those about the selected site (its resources, and
 * links that dial from or into it). A large design has hundreds of infos; a user fixing one site wants its problems.
 */
public final class ProblemFilter {

    private final BooleanProperty errors = new SimpleBooleanProperty(this, "errors", true);
    private final BooleanProperty warnings = new SimpleBooleanProperty(this, "warnings", true);
    private final BooleanProperty infos = new SimpleBooleanProperty(this, "infos", true);
    private final BooleanProperty selectedSiteOnly = new SimpleBooleanProperty(this, "selectedSiteOnly", false);
    private final ObjectBinding<Predicate<Diagnostic>> predicate;

    /**
     * @param selectedElement the selected element id (or null)
     * @param network         the current design, to find a link's sites
     */
    public ProblemFilter(ObservableValue<String> selectedElement, Supplier<Network> network) {
        predicate = Bindings.createObjectBinding(() -> {
            boolean e = errors.get();
            boolean w = warnings.get();
            boolean i = infos.get();
            String selected = selectedElement.getValue();
            String site = selectedSiteOnly.get() && selected != null ? siteOf(selected, network.get()) : null;
            return d -> (d.severity() == Severity.ERROR ? e : d.severity() == Severity.WARNING ? w : i)
                    && (site == null || concerns(d, site, network.get()));
        }, errors, warnings, infos, selectedSiteOnly, selectedElement);
    }

    public BooleanProperty errorsProperty() {
        return errors;
    }

    public BooleanProperty warningsProperty() {
        return warnings;
    }

    public BooleanProperty infosProperty() {
        return infos;
    }

    public BooleanProperty selectedSiteOnlyProperty() {
        return selectedSiteOnly;
    }

    public ObjectBinding<Predicate<Diagnostic>> predicateProperty() {
        return predicate;
    }

    /** Whether any of the problem's elements is the site, one of its resources, or a link from or into it. */
    static boolean concerns(Diagnostic problem, String siteId, Network network) {
        for (String id : problem.elementIds()) {
            if (siteId.equals(ElementIds.siteOf(id))) {
                return true;
            }
            if (ElementIds.isLink(id) && network.link(id.substring(ElementIds.LINK_PREFIX.length()))
                    .filter(l -> l.fromSite().equals(siteId) || l.toSite().equals(siteId)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The site of a site or resource; for a selected link, the site that dials. */
    private static String siteOf(String elementId, Network network) {
        if (ElementIds.isLink(elementId)) {
            return network.link(elementId.substring(ElementIds.LINK_PREFIX.length())).map(l -> l.fromSite())
                    .orElse(null);
        }
        return ElementIds.siteOf(elementId);
    }
}

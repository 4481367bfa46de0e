package org.skupperdesigner.app.ui.problems;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    private final ReadOnlyObjectWrapper<Predicate<Diagnostic>> predicate = new ReadOnlyObjectWrapper<>(this,
            "predicate", d -> true);
    private final ObservableValue<String> selectedElement;
    private final Supplier<Network> network;
    private Shown shown = new Shown(true, true, true, null);

    /** What the filter lets through: the severities, and the one site or null for all. */
    private record Shown(boolean errors, boolean warnings, boolean infos, String site) {

        boolean test(Diagnostic d, Network network) {
            boolean severity = d.severity() == Severity.ERROR ? errors
                    : d.severity() == Severity.WARNING ? warnings : infos;
            return severity && (site == null || concerns(d, site, network));
        }
    }

    /**
     * @param selectedElement the selected element id (or null)
     * @param network         the current design, to find a link's sites
     */
    public ProblemFilter(ObservableValue<String> selectedElement, Supplier<Network> network) {
        this.selectedElement = selectedElement;
        this.network = network;
        for (ObservableValue<?> input : List.of(errors, warnings, infos, selectedSiteOnly, selectedElement)) {
            input.addListener(o -> update());
        }
    }

    /**
     * A new predicate only when what is shown changes: selecting another element of the same site (or any element
     * while all sites are shown) must not refilter the list, since a click in the list itself selects elements.
     */
    private void update() {
        String selected = selectedElement.getValue();
        String site = selectedSiteOnly.get() && selected != null
                ? siteOf(selected, shown == null ? null : shown.site(), network.get()) : null;
        Shown next = new Shown(errors.get(), warnings.get(), infos.get(), site);
        if (!next.equals(shown)) {
            shown = next;
            predicate.set(d -> next.test(d, network.get()));
        }
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

    public ReadOnlyObjectProperty<Predicate<Diagnostic>> predicateProperty() {
        return predicate.getReadOnlyProperty();
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

    /**
     * The site of a site or resource. A selected link keeps the site already shown when it is one of its ends (F8 onto
     * a link problem must not swap the list under the cursor), else it is the site that dials.
     */
    private static String siteOf(String elementId, String shownSite, Network network) {
        if (ElementIds.isLink(elementId)) {
            return network.link(elementId.substring(ElementIds.LINK_PREFIX.length()))
                    .map(l -> l.touches(shownSite) ? shownSite : l.fromSite()).orElse(null);
        }
        return ElementIds.siteOf(elementId);
    }
}

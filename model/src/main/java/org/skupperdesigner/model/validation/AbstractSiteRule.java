package org.skupperdesigner.model.validation;

import org.skupperdesigner.model.diagnostic.Severity;

/** Base for rules that look at one site at a time. */
public abstract class AbstractSiteRule extends AbstractRule implements SiteRule {

    protected AbstractSiteRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }
}

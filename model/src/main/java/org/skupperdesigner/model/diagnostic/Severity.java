package org.skupperdesigner.model.diagnostic;

/** How bad a finding is; ordered from worst to mildest so sorting puts errors first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.skupperdesigner.exporters.plan;

/** What an apply does to one object. */
public enum ChangeType {
    CREATE("+"), UPDATE("~"), DELETE("-"), REPLACE("!");

    private final String symbol;

    ChangeType(String symbol) {
        this.symbol = symbol;
    }

    /** One character for terminal output: {@code + ~ - !}. */
    public String symbol() {
        return symbol;
    }
}

package org.skupperdesigner.simulator.scenario;

/**
 * The verdict on one expectation.
 *
 * @param text     the expectation as written
 * @param location where it is written ({@code file:line}), or empty
 * @param passed   whether it held
 * @param actual   what was measured, for people ({@code 0.4% (2 of 498)})
 */
public record ExpectationResult(String text, String location, boolean passed, String actual) {
}

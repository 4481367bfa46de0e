package org.skupperdesigner.app.cli;

/** {@code --format}: for people or for machines. */
enum OutputFormat {
    text, json
}

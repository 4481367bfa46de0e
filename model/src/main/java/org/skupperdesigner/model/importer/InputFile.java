package org.skupperdesigner.model.importer;

/**
 * The text of one input file and the site it belongs to when its resources name no namespace.
 *
 * @param label      the file name shown in messages
 * @param text       the file's content
 * @param folderHint the site folder the file was found in (one folder per site), or null
 */
public record InputFile(String label, String text, String folderHint) {
}

package dev.hydrant.core.search.parse;

/**
 * What one step of the grammar read, and the text it left for the next step.
 *
 * @param value what was read
 * @param rest  the remaining text
 */
record Read<T>(T value, String rest) {
}

package dev.hydrant.conformance;

/** One HTTP header line, with its name spelled as sent or received. */
public record HeaderField(String name, String value) {
}

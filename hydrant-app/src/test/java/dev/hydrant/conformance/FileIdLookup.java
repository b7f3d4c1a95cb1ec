package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/** Asks the server under test for the file_id of a sha256 (record.py's hidden lookup). */
@FunctionalInterface
interface FileIdLookup {

    /** The file_id the server reports, or null when it reports none or the answer cannot be read. */
    JsonNode fileIdFor(String sha256);
}

package dev.hydrant.api.args;

/**
 * A parsed POST body: JSON/CBOR arguments, or a raw file (then the arguments are empty).
 *
 * @param raw the uploaded file, or null
 */
public record PostBody(ApiArguments arguments, RawBody raw) {
}

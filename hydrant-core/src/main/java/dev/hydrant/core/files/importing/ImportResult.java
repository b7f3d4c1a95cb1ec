package dev.hydrant.core.files.importing;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.ImportStatus;

/**
 * The answer to one import, as {@code add_file} reports it.
 *
 * @param sha256    the file's hash (known for every status, even refusals)
 * @param note      empty for a plain success; hydrus's explanation otherwise
 * @param traceback for status 4 only: text ending with the exception line hydrus sends
 */
public record ImportResult(ImportStatus status, ByteKey sha256, String note, String traceback) {
}

package dev.hydrant.api.http;

import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;

/**
 * A single {@code Range: bytes=...} request resolved against a file size, with hydrus's rules and messages, and
 * the two places we deliberately differ (see docs/COMPATIBILITY.md): D1, an open range starting at or past the
 * end is a 416 with {@code Content-Range: bytes *}{@code /SIZE} (hydrus never answers); D2, suffix ranges get a
 * well-formed {@code Content-Range} and {@code bytes=-0} is a 416.
 *
 * @param first inclusive
 * @param last  inclusive
 */
public record ByteRange(long first, long last) {
    /** A 416 that also tells the client the file size ({@code Content-Range: bytes *}{@code /SIZE}). */
    public static final class BeyondEnd extends ApiException {
        private final long size;

        BeyondEnd(long size) {
            super(ErrorKind.RANGE_NOT_SATISFIABLE, "The requested range starts beyond the end of the file!");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    public long length() {
        return last - first + 1;
    }

    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** @return the range to send, or null to send the whole file with 200 */
    public static ByteRange parse(String header, long size) {
        if (header == null) {
            return null;
        }
        int eq = header.indexOf('=');
        if (eq < 0) {
            throw ApiException.badRequest("Did not understand range header!");
        }
        String unit = header.substring(0, eq).strip();
        String spec = header.substring(eq + 1).strip();
        if (!unit.equals("bytes")) {
            throw unsatisfiable("Do not support anything other than bytes in Range header!");
        }
        if (spec.contains(",")) {
            throw unsatisfiable("Can only support Single Range requests at the moment!");
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            throw unsatisfiable("Did not understand the Range header's range pair(s)!");
        }
        String a = spec.substring(0, dash).strip();
        String b = spec.substring(dash + 1).strip();
        if (a.isEmpty() && b.isEmpty()) {
            throw unsatisfiable("Undefined Range header pair given!");
        }
        Long start = number(a);
        Long end = number(b);
        if ((!a.isEmpty() && start == null) || (!b.isEmpty() && end == null)) {
            throw unsatisfiable("Did not understand the Range header's range pair(s)!");
        }
        if (start == null) {
            if (end == 0 || size == 0) {
                throw new BeyondEnd(size);
            }
            long n = Math.min(end, size);
            return new ByteRange(size - n, size - 1);
        }
        if (end == null) {
            if (start >= size) {
                throw new BeyondEnd(size);
            }
            return new ByteRange(start, size - 1);
        }
        if (start > end) {
            throw unsatisfiable("The Range header had an invalid pair!");
        }
        if (start >= size) {
            return null;
        }
        return new ByteRange(start, Math.min(end, size - 1));
    }

    private static Long number(String s) {
        if (s.isEmpty() || !s.chars().allMatch(Character::isDigit) || s.length() > 18) {
            return null;
        }
        return Long.parseLong(s);
    }

    private static ApiException unsatisfiable(String message) {
        return new ApiException(ErrorKind.RANGE_NOT_SATISFIABLE, message);
    }
}

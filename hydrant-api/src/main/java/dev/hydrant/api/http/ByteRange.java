package dev.hydrant.api.http;

import dev.hydrant.api.args.PythonInt;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Checks in hydrus's order ({@code _parseRangeHeader}): an {@code =}, the unit exactly {@code bytes}, a
     * {@code -} in every comma-separated pair, then each pair in turn (undefined, unreadable, start after end,
     * a bounded pair starting past the end means "send the whole file"), and only then more than one range.
     *
     * @return the range to send, or null to send the whole file with 200
     */
    public static ByteRange parse(String header, long size) {
        if (header == null) {
            return null;
        }
        int eq = header.indexOf('=');
        if (eq < 0) {
            throw ApiException.badRequest("Did not understand range header!");
        }
        if (!header.substring(0, eq).equals("bytes")) {
            throw unsatisfiable("Do not support anything other than bytes in Range header!");
        }
        String[] pairs = header.substring(eq + 1).split(",", -1);
        for (String pair : pairs) {
            if (pair.indexOf('-') < 0) {
                throw unsatisfiable("Did not understand the Range header's range pair(s)!");
            }
        }
        List<ByteRange> ranges = new ArrayList<>();
        for (String pair : pairs) {
            String[] ends = pair.strip().split("-", -1);
            if (ends.length != 2) {
                // hydrus fails to unpack these and answers 500
                throw unsatisfiable("Did not understand the Range header's range pair(s)!");
            }
            String a = ends[0];
            String b = ends[1];
            if (a.isEmpty() && b.isEmpty()) {
                throw unsatisfiable("Undefined Range header pair given!");
            }
            Long start = a.isEmpty() ? null : number(a);
            Long end = b.isEmpty() ? null : number(b);
            if (start != null && end != null && start > end) {
                throw unsatisfiable("The Range header had an invalid pair!");
            }
            if (start == null) {
                if (end == 0 || size == 0) {
                    throw new BeyondEnd(size);
                }
                long n = Math.min(end, size);
                ranges.add(new ByteRange(size - n, size - 1));
            } else if (end == null) {
                if (start >= size) {
                    throw new BeyondEnd(size);
                }
                ranges.add(new ByteRange(start, size - 1));
            } else {
                if (start >= size) {
                    return null;
                }
                ranges.add(new ByteRange(start, Math.min(end, size - 1)));
            }
        }
        if (ranges.size() > 1) {
            throw unsatisfiable("Can only support Single Range requests at the moment!");
        }
        return ranges.get(0);
    }

    /** Python's {@code abs(int(text))}, capped (no file is that big); hydrus answers 500 where this is unreadable. */
    private static Long number(String text) {
        BigInteger value = PythonInt.parse(text)
                .orElseThrow(() -> unsatisfiable("Did not understand the Range header's range pair(s)!")).abs();
        return value.bitLength() < 63 ? value.longValue() : Long.MAX_VALUE;
    }

    private static ApiException unsatisfiable(String message) {
        return new ApiException(ErrorKind.RANGE_NOT_SATISFIABLE, message);
    }
}

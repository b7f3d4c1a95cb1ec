package dev.hydrant.conformance;

import java.util.Comparator;

/**
 * Python 3's rules for plain text that record.py relies on: {@code str.isspace}, {@code str.strip},
 * the last element of {@code str.splitlines}, code point ordering (Python sorts strings by code point,
 * Java's {@code compareTo} by UTF-16 unit) and code point slicing.
 */
final class PythonText {

    /** Orders strings by code point, as Python's {@code sorted} does. */
    static final Comparator<String> CODE_POINT_ORDER = PythonText::compareCodePoints;

    private PythonText() {
    }

    /** Python's {@code str.isspace} for one code point. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 || cp == 0xa0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** A line boundary of Python's {@code str.splitlines}. */
    static boolean isLineBoundary(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || cp == 0x1c || cp == 0x1d || cp == 0x1e
                || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** Python's {@code str.strip()} with no argument. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** {@code s.splitlines()[-1]} for a non-empty string that does not end with a line boundary. */
    static String lastLine(String s) {
        int i = s.length();
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (isLineBoundary(cp)) {
                return s.substring(i);
            }
            i -= Character.charCount(cp);
        }
        return s;
    }

    /** Python's {@code s[:n]} (code points, not UTF-16 units). */
    static String head(String s, int codePoints) {
        if (s.codePointCount(0, s.length()) <= codePoints) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, codePoints));
    }

    /** Python's {@code len(s)}. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /**
     * {@code data.decode('utf-8', 'replace')}: each maximal ill-formed subpart (a lead byte plus the
     * continuation bytes that were still acceptable) becomes one U+FFFD, as Python does; Java's own decoder
     * replaces some sequences (such as an encoded surrogate) with a single U+FFFD instead.
     */
    static String decodeUtf8Replacing(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int b0 = b[i] & 0xff;
            if (b0 < 0x80) {
                sb.append((char) b0);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (b0 >= 0xc2 && b0 <= 0xdf) {
                need = 1;
            } else if (b0 == 0xe0) {
                need = 2;
                lo = 0xa0;
            } else if ((b0 >= 0xe1 && b0 <= 0xec) || b0 == 0xee || b0 == 0xef) {
                need = 2;
            } else if (b0 == 0xed) {
                need = 2;
                hi = 0x9f;
            } else if (b0 == 0xf0) {
                need = 3;
                lo = 0x90;
            } else if (b0 >= 0xf1 && b0 <= 0xf3) {
                need = 3;
            } else if (b0 == 0xf4) {
                need = 3;
                hi = 0x8f;
            } else {
                sb.append('\ufffd');
                i++;
                continue;
            }
            int cp = b0 & (0x3f >> need);
            int j = 1;
            boolean ok = true;
            while (j <= need) {
                if (i + j >= b.length) {
                    ok = false;
                    break;
                }
                int c = b[i + j] & 0xff;
                int min = j == 1 ? lo : 0x80;
                int max = j == 1 ? hi : 0xbf;
                if (c < min || c > max) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3f);
                j++;
            }
            if (ok) {
                sb.appendCodePoint(cp);
                i += need + 1;
            } else {
                sb.append('\ufffd');
                i += j;
            }
        }
        return sb.toString();
    }
}

package dev.hydrant.core.urls;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions written for Python's {@code re} (as hydrus users write them) run on Java's engine: Unicode
 * {@code \d}/{@code \w}/{@code \s} as in Python 3, {@code (?P<name>…)} and {@code (?P=name)} groups, and Python's
 * replacement syntax ({@code \1}, {@code \g<1>}, {@code \g<name>}) for substitutions.
 */
public final class PythonRegex {
    private PythonRegex() {
    }

    /** @throws PatternSyntaxException when the pattern is not valid */
    public static Pattern compile(String pythonPattern) {
        return Pattern.compile(translate(pythonPattern), Pattern.UNICODE_CHARACTER_CLASS);
    }

    static String translate(String p) {
        StringBuilder b = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                b.append(c).append(p.charAt(i + 1));
                i++;
            } else if (p.startsWith("(?P<", i)) {
                b.append("(?<");
                i += 3;
            } else if (p.startsWith("(?P=", i)) {
                int close = p.indexOf(')', i);
                if (close < 0) {
                    b.append(c);
                    continue;
                }
                b.append("\\k<").append(p, i + 4, close).append('>');
                i = close;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A Python {@code re.sub} replacement as a Java {@link java.util.regex.Matcher} replacement. */
    static String replacement(String python) {
        return translateReplacement(python, new java.util.ArrayList<>());
    }

    /**
     * Refuses a replacement that refers to a group the pattern does not have, as Python does (Java would read
     * {@code $10} as group 1 followed by {@code 0}).
     *
     * @throws IllegalArgumentException in Python's words
     */
    static void checkReplacement(Pattern pattern, String python) {
        java.util.List<String> groups = new java.util.ArrayList<>();
        translateReplacement(python, groups);
        int count = pattern.matcher("").groupCount();
        for (String g : groups) {
            if (g.chars().allMatch(c -> c >= '0' && c <= '9')) {
                if (Integer.parseInt(g) > count) {
                    throw new IllegalArgumentException("invalid group reference " + g + " in \"" + python + "\"");
                }
            } else if (!pattern.namedGroups().containsKey(g)) {
                throw new IllegalArgumentException("unknown group name " + g + " in \"" + python + "\"");
            }
        }
    }

    private static String translateReplacement(String python, java.util.List<String> groups) {
        StringBuilder b = new StringBuilder(python.length());
        boolean afterGroup = false;
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c != '\\' || i + 1 >= python.length()) {
                appendLiteral(b, c, afterGroup);
                afterGroup = false;
                continue;
            }
            char n = python.charAt(++i);
            if (n >= '0' && n <= '9') {
                int end = i + 1;
                if (end < python.length() && python.charAt(end) >= '0' && python.charAt(end) <= '9') {
                    end++;
                }
                b.append('$').append(Integer.parseInt(python.substring(i, end)));
                groups.add(String.valueOf(Integer.parseInt(python.substring(i, end))));
                i = end - 1;
                afterGroup = true;
            } else if (n == 'g' && i + 1 < python.length() && python.charAt(i + 1) == '<') {
                int close = python.indexOf('>', i);
                if (close < 0) {
                    throw new IllegalArgumentException("missing > in group reference of \"" + python + "\"");
                }
                String group = python.substring(i + 2, close);
                groups.add(group);
                if (!group.isEmpty() && group.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    b.append('$').append(Integer.parseInt(group));
                } else {
                    b.append("${").append(group).append('}');
                }
                i = close;
                afterGroup = true;
            } else {
                switch (n) {
                    case 'n' -> appendLiteral(b, '\n', false);
                    case 't' -> appendLiteral(b, '\t', false);
                    case 'r' -> appendLiteral(b, '\r', false);
                    case 'f' -> appendLiteral(b, '\f', false);
                    case 'a' -> appendLiteral(b, (char) 0x07, false);
                    case 'b' -> appendLiteral(b, '\b', false);
                    case 'v' -> appendLiteral(b, (char) 0x0B, false);
                    case '\\' -> appendLiteral(b, '\\', false);
                    default -> {
                        if ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')) {
                            throw new IllegalArgumentException("bad escape \\" + n + " in \"" + python + "\"");
                        }
                        appendLiteral(b, '\\', false);
                        appendLiteral(b, n, false);
                    }
                }
                afterGroup = false;
            }
        }
        return b.toString();
    }

    /** One literal character of a Java replacement: {@code \\} and {@code $} escaped, and a digit right after a group. */
    private static void appendLiteral(StringBuilder b, char c, boolean afterGroup) {
        if (c == '\\' || c == '$' || (afterGroup && c >= '0' && c <= '9')) {
            b.append('\\');
        }
        b.append(c);
    }
}

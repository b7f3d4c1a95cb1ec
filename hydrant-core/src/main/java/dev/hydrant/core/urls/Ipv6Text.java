package dev.hydrant.core.urls;

/** Whether a text is an IPv6 address as Python's {@code ipaddress.IPv6Address} accepts it (optional {@code %scope}). */
final class Ipv6Text {
    private Ipv6Text() {
    }

    static boolean isAddress(String text) {
        String address = text;
        int percent = text.indexOf('%');
        if (percent >= 0) {
            String scope = text.substring(percent + 1);
            if (scope.isEmpty() || scope.indexOf('%') >= 0) {
                return false;
            }
            address = text.substring(0, percent);
        }
        String[] parts = address.split(":", -1);
        if (parts.length < 3) {
            return false;
        }
        int groups = parts.length;
        String last = parts[parts.length - 1];
        if (last.indexOf('.') >= 0) {
            if (!isIpv4(last)) {
                return false;
            }
            groups++; // the dotted quad stands for two groups
        }
        if (groups > 9) {
            return false;
        }
        int emptyInside = -1;
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].isEmpty()) {
                if (emptyInside >= 0) {
                    return false;
                }
                emptyInside = i;
            }
        }
        int hexParts = last.indexOf('.') >= 0 ? parts.length - 1 : parts.length;
        if (emptyInside >= 0) {
            if (parts[0].isEmpty() && emptyInside != 1) {
                return false;
            }
            if (last.isEmpty() && emptyInside != parts.length - 2) {
                return false;
            }
            if (groups - countEdgeEmpties(parts, emptyInside) - 1 >= 8) {
                return false;
            }
        } else {
            if (parts[0].isEmpty() || last.isEmpty() || groups != 8) {
                return false;
            }
        }
        for (int i = 0; i < hexParts; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() > 4) {
                return false;
            }
            for (int k = 0; k < p.length(); k++) {
                if (Character.digit(p.charAt(k), 16) < 0 || p.charAt(k) > 0x7F) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int countEdgeEmpties(String[] parts, int emptyInside) {
        int n = 0;
        if (parts[0].isEmpty()) {
            n++;
        }
        if (parts[parts.length - 1].isEmpty()) {
            n++;
        }
        return n;
    }

    private static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3) {
                return false;
            }
            for (int i = 0; i < o.length(); i++) {
                if (o.charAt(i) < '0' || o.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(o) > 255 || (o.length() > 1 && o.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }
}

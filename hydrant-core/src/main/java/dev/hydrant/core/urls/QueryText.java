package dev.hydrant.core.urls;

import dev.hydrant.core.tags.CodePointOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query string as hydrus reads it: {@code name=value} pairs split on {@code &} only (a repeated name keeps its
 * last value, at its first position), "single-value parameters" (items without {@code =}, e.g. a cache-busting
 * {@code ?1234}), and the order they came in. Nothing is decoded.
 *
 * @param values       name → value, in first-seen order
 * @param singleValues the items without {@code =}, in order (empty items are dropped)
 * @param order        one entry per item: its name, or {@code null} for a single-value item
 */
record QueryText(Map<String, String> values, List<String> singleValues, List<String> order) {

    static QueryText parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> singles = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                if (pair.isEmpty()) {
                    continue;
                }
                singles.add(pair);
                order.add(null);
            } else {
                String name = pair.substring(0, eq);
                order.add(name);
                values.put(name, pair.substring(eq + 1));
            }
        }
        return new QueryText(values, singles, order);
    }

    /** Every name, value and single-value item percent-encoded where it is not yet. */
    QueryText encoded() {
        Map<String, String> encodedValues = new LinkedHashMap<>();
        values.forEach((k, v) -> encodedValues.put(UrlText.encodeParamComponent(k), UrlText.encodeParamComponent(v)));
        List<String> encodedSingles = singleValues.stream().map(UrlText::encodeParamComponent).toList();
        List<String> encodedOrder = new ArrayList<>();
        for (String name : order) {
            encodedOrder.add(name == null ? null : UrlText.encodeParamComponent(name));
        }
        return new QueryText(encodedValues, encodedSingles, encodedOrder);
    }

    /** The query text in the original order. */
    String render() {
        return render(values, singleValues, order);
    }

    /**
     * Joins parameters with {@code &}: in {@code order} when given (names missing from {@code values} and
     * single-value slots beyond {@code singles} are skipped), otherwise names alphabetically (by code point) followed
     * by the single-value items alphabetically.
     */
    static String render(Map<String, String> values, List<String> singles, List<String> order) {
        List<String> sortedSingles = singles;
        List<String> keys = order;
        if (keys == null) {
            keys = new ArrayList<>(values.keySet());
            keys.sort(CodePointOrder.INSTANCE);
            sortedSingles = new ArrayList<>(singles);
            sortedSingles.sort(CodePointOrder.INSTANCE);
            for (int i = 0; i < singles.size(); i++) {
                keys.add(null);
            }
        }
        StringBuilder b = new StringBuilder();
        int single = 0;
        for (String key : keys) {
            String item;
            if (key == null) {
                if (single >= sortedSingles.size()) {
                    continue;
                }
                item = sortedSingles.get(single++);
            } else if (values.containsKey(key)) {
                item = key + "=" + values.get(key);
            } else {
                continue;
            }
            if (!b.isEmpty()) {
                b.append('&');
            }
            b.append(item);
        }
        return b.toString();
    }
}

package dev.hydrant.api.routes;

import dev.hydrant.core.services.RatingOptions;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The services object hydrus attaches to many responses: {@code services} (a dict by key) and {@code services_v2}. */
public final class ServicesJson {
    private final ServiceCatalog catalog;

    public ServicesJson(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /** Adds {@code services} and {@code services_v2} to a response body. */
    public void addTo(Map<String, Object> body) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (Service s : catalog.listedForApi()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", s.name());
            entry.put("type", s.type().number());
            entry.put("type_pretty", s.type().pretty());
            addRatingExtras(s, entry);
            byKey.put(s.key().hex(), entry);
            Map<String, Object> v2 = new LinkedHashMap<>();
            v2.put("name", s.name());
            v2.put("service_key", s.key().hex());
            v2.putAll(entry);
            list.add(v2);
        }
        body.put("services", byKey);
        body.put("services_v2", list);
    }

    /** {@code {name, type, type_pretty, service_key}}: the legacy list items and {@code /get_service}. */
    public static Map<String, Object> basic(Service s) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", s.name());
        entry.put("type", s.type().number());
        entry.put("type_pretty", s.type().pretty());
        entry.put("service_key", s.key().hex());
        return entry;
    }

    static void addRatingExtras(Service s, Map<String, Object> entry) {
        RatingOptions r = s.rating();
        if (r == null) {
            return;
        }
        entry.put("show_in_thumbnail", r.showInThumbnail());
        entry.put("show_in_thumbnail_even_when_null", r.showInThumbnailEvenWhenNull());
        if (ServiceType.STAR_RATING_SERVICES.contains(s.type())) {
            entry.put("star_shape", r.starShape());
        }
        if (s.type() == ServiceType.LOCAL_RATING_NUMERICAL) {
            entry.put("allows_zero", r.allowZero());
            entry.put("min_stars", r.allowZero() ? 0 : 1);
            entry.put("max_stars", r.numStars());
        }
        Map<String, Object> colours = new LinkedHashMap<>();
        r.colours().forEach((name, c) -> {
            if (s.type() != ServiceType.LOCAL_RATING_INCDEC || name.equals("like") || name.equals("mixed")) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("pen", c.pen());
                pair.put("brush", c.brush());
                colours.put(name, pair);
            }
        });
        entry.put("colours", colours);
    }
}

package dev.hydrant.api.http;

/**
 * The plain HTML pages hydrus's web framework answers with where no API resource is involved: an unknown path
 * (404) and a method it does not implement (501). Clients see these bodies, so they are reproduced exactly.
 */
final class TwistedPages {
    static final String HTML_CONTENT_TYPE = "text/html; charset=utf-8";

    private TwistedPages() {
    }

    static String page(String title, String heading, String text) {
        return "\n<html>\n  <head><title>" + title + "</title></head>\n  <body>\n    <h1>" + heading
                + "</h1>\n    <p>" + text + "</p>\n  </body>\n</html>\n";
    }

    static String noSuchResource() {
        return page("404 - No Such Resource", "No Such Resource", "Sorry. No luck finding that resource.");
    }

    /** The 404 of a route hydrus removed: its error page has a different layout. */
    static String removedResource() {
        return "<!DOCTYPE html>\n<html><head><title>404 - No Such Resource</title></head><body><h1>No Such Resource"
                + "</h1><p>Sorry. No luck finding that resource.</p></body></html>";
    }

    static String notImplemented(String method) {
        return page("501 - Huh?", "Huh?", "I don't know how to treat a " + method + " request.");
    }
}

package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.ratings.RatingEditor;
import dev.hydrant.core.ratings.RequestedRating;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** {@code /edit_ratings/set_rating}: parses the request, {@link RatingEditor} applies it. */
public final class RatingRoutes {
    private final RatingEditor editor;

    public RatingRoutes(RatingEditor editor) {
        this.editor = editor;
    }

    public List<Route> routes() {
        return List.of(ClientApiSurface.route("/edit_ratings/set_rating", this::setRating));
    }

    private ApiResponse setRating(ApiRequest r) {
        ApiArguments args = r.args();
        ByteKey service = args.requireKey("rating_service_key");
        FileSelection files = FileSelectorArgs.parse(args);
        Optional<RequestedRating> rating = args.containsKey("rating")
                ? Optional.of(requested(args.raw("rating"))) : Optional.empty();
        editor.set(new RatingEditor.Request(service, files, rating));
        return ApiResponse.empty();
    }

    /** The value by its JSON (or CBOR) type. */
    private static RequestedRating requested(Object value) {
        return switch (value) {
            case null -> new RequestedRating.Null();
            case Boolean b -> new RequestedRating.Bool(b);
            case Long l -> new RequestedRating.Int(BigInteger.valueOf(l));
            case Integer i -> new RequestedRating.Int(BigInteger.valueOf(i));
            case BigInteger big -> new RequestedRating.Int(big);
            default -> new RequestedRating.Other();
        };
    }
}

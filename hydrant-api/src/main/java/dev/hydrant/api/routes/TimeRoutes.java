package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.times.TimeEditor;
import dev.hydrant.core.times.ViewingStatistics;

import java.util.List;

/**
 * {@code /edit_times/set_time}, {@code /edit_times/increment_file_viewtime} and {@code /edit_times/set_file_viewtime}.
 * The use cases read the arguments in hydrus's order through {@link Args}, which applies hydrus's parsing (types,
 * missing parameters, seconds to milliseconds).
 */
public final class TimeRoutes {
    private final TimeEditor times;
    private final ViewingStatistics viewing;

    public TimeRoutes(TimeEditor times, ViewingStatistics viewing) {
        this.times = times;
        this.viewing = viewing;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/edit_times/set_time", r -> {
                    times.setTime(new Args(r.args()));
                    return ApiResponse.empty();
                }),
                ClientApiSurface.route("/edit_times/increment_file_viewtime", r -> {
                    viewing.increment(new Args(r.args()));
                    return ApiResponse.empty();
                }),
                ClientApiSurface.route("/edit_times/set_file_viewtime", r -> {
                    viewing.set(new Args(r.args()));
                    return ApiResponse.empty();
                }));
    }

    /** The arguments of the three routes as hydrus parses them. */
    private record Args(ApiArguments args) implements TimeEditor.Arguments, ViewingStatistics.Arguments {
        @Override
        public FileSelection files() {
            return FileSelectorArgs.parse(args);
        }

        @Override
        public boolean hasTimestamp() {
            return args.containsKey("timestamp") || args.containsKey("timestamp_ms");
        }

        /** {@code timestamp} (float seconds, truncated to ms) wins over {@code timestamp_ms}; a null stays null. */
        @Override
        public Long timestampMs() {
            if (args.containsKey("timestamp")) {
                return args.optional("timestamp", ArgType.FLOAT)
                        .map(v -> (long) (ApiArguments.toDouble(v) * 1000)).orElse(null);
            }
            return args.optional("timestamp_ms", ArgType.INTEGER).map(ApiArguments::toLong).orElse(null);
        }

        @Override
        public long timestampType() {
            return args.requireLong("timestamp_type");
        }

        @Override
        public String domain() {
            return args.requireString("domain");
        }

        @Override
        public Long canvasType() {
            return args.optional("canvas_type", ArgType.INTEGER).map(ApiArguments::toLong).orElse(null);
        }

        @Override
        public long requiredCanvasType() {
            return args.requireLong("canvas_type");
        }

        @Override
        public ByteKey fileServiceKey() {
            return args.requireKey("file_service_key");
        }

        @Override
        public long views(long defaultViews) {
            return args.getLong("views", defaultViews);
        }

        @Override
        public long requiredViews() {
            return args.requireLong("views");
        }

        @Override
        public double viewtime() {
            return ApiArguments.toDouble(args.require("viewtime", ArgType.FLOAT));
        }
    }
}

package dev.hydrant.app.cli;

import dev.hydrant.app.Library;
import dev.hydrant.app.ServerLockFile;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.services.RatingOptions;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code hydrant services}: list, create, configure (rating services), rename and delete services. Changes need the
 * server stopped (the running server keeps its services in memory), which the command checks.
 */
@Command(name = "services", description = "Manage tag services, file domains and rating services.", subcommands = {
        ServicesCommand.ListServices.class, ServicesCommand.Add.class, ServicesCommand.Configure.class,
        ServicesCommand.Rename.class, ServicesCommand.Delete.class})
public final class ServicesCommand implements Runnable {
    /** The types {@code services add --type} accepts. */
    static final Map<String, ServiceType> TYPES = Map.of(
            "local-tags", ServiceType.LOCAL_TAG,
            "local-files", ServiceType.LOCAL_FILE_DOMAIN,
            "like-dislike", ServiceType.LOCAL_RATING_LIKE,
            "numerical", ServiceType.LOCAL_RATING_NUMERICAL,
            "inc-dec", ServiceType.LOCAL_RATING_INCDEC,
            "tag-repository", ServiceType.TAG_REPOSITORY,
            "file-repository", ServiceType.FILE_REPOSITORY);

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Runs a change with the server lock held, so no server is running meanwhile. */
    static int whileServerStopped(DataOption data, LibraryChange change) throws Exception {
        return whileServerStopped(data, "changing services", change);
    }

    /** The same, naming what the change is in the refusal ("changing services"). */
    static int whileServerStopped(DataOption data, String doing, LibraryChange change) throws Exception {
        return whileServerStoppedOr(data, "stop it before " + doing + ".", change);
    }

    /**
     * Runs a change with the server lock held; when a server holds it, prints "A Hydrant server is running on DIR; "
     * and {@code advice}, and answers 1. A refused change (bad argument, unknown service) prints its message.
     */
    static int whileServerStoppedOr(DataOption data, String advice, LibraryChange change) throws Exception {
        var folder = data.folder().create();
        Optional<ServerLockFile> lock = ServerLockFile.tryAcquire(folder.serverLock());
        if (lock.isEmpty()) {
            System.err.println("A Hydrant server is running on " + folder.root() + "; " + advice);
            return 1;
        }
        try (ServerLockFile held = lock.get(); Library library = Library.open(folder)) {
            return change.apply(library);
        } catch (IllegalArgumentException | ApiException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    @FunctionalInterface
    interface LibraryChange {
        int apply(Library library) throws Exception;
    }

    static Service find(ServiceCatalog catalog, String keyOrName) {
        if (keyOrName.matches("([0-9a-fA-F]{2})+")) {
            Optional<Service> byKey = catalog.find(ByteKey.fromHex(keyOrName));
            if (byKey.isPresent()) {
                return byKey.get();
            }
        }
        return catalog.findByName(keyOrName).orElseThrow(() -> new IllegalArgumentException("No service " + keyOrName));
    }

    @Command(name = "list", description = "List every service with its key and type.")
    static final class ListServices implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            try (Library library = Library.open(data.folder())) {
                for (Service s : library.services().all()) {
                    System.out.println(s.key().hex() + "  " + s.type().number() + " (" + s.type().pretty() + ")  " + s.name()
                            + (s.rating() == null ? "" : "  [" + describe(s.type(), s.rating()) + "]"));
                }
            }
            return 0;
        }
    }

    /** A rating service's settings in one line, for {@code services list}. */
    static String describe(ServiceType type, RatingOptions r) {
        StringBuilder out = new StringBuilder();
        if (type == ServiceType.LOCAL_RATING_NUMERICAL) {
            out.append(r.numStars()).append(" stars, ").append(r.allowZero() ? "zero allowed" : "no zero").append(", ");
        }
        if (ServiceType.STAR_RATING_SERVICES.contains(type)) {
            out.append("shape ").append(r.starShape()).append(", ");
        }
        out.append(r.showInThumbnail() ? (r.showInThumbnailEvenWhenNull() ? "on thumbnails even when unset"
                : "on thumbnails") : "not on thumbnails");
        r.colours().forEach((name, c) -> {
            if (type != ServiceType.LOCAL_RATING_INCDEC || name.equals("like") || name.equals("mixed")) {
                out.append(", ").append(name).append(' ').append(c.pen()).append('/').append(c.brush());
            }
        });
        return out.toString();
    }

    @Command(name = "add", description = "Create a service and print its key.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--type", required = true, description = "local-tags, local-files, like-dislike, numerical, "
                + "inc-dec, tag-repository or file-repository.")
        String type;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--key", description = "Service key in hex (keep the key your scripts use); random otherwise.")
        String key;

        @Mixin
        RatingSettings rating;

        @Override
        public Integer call() throws Exception {
            ServiceType serviceType = TYPES.get(type);
            if (serviceType == null) {
                System.err.println("Unknown type " + type + "; one of " + TYPES.keySet());
                return 2;
            }
            return whileServerStopped(data, library -> {
                RatingOptions options = null;
                if (ServiceType.RATING_SERVICES.contains(serviceType)) {
                    options = rating.applyTo(serviceType, switch (serviceType) {
                        case LOCAL_RATING_LIKE -> RatingOptions.defaultLikeDislike();
                        case LOCAL_RATING_NUMERICAL -> RatingOptions.defaultNumerical();
                        default -> RatingOptions.defaultIncDec();
                    });
                } else if (rating.any()) {
                    throw new IllegalArgumentException("rating options only apply to rating services");
                }
                Service created = library.services().add(name, serviceType, key == null ? null : ByteKey.fromHex(key),
                        options);
                System.out.println(created.key().hex());
                return 0;
            });
        }
    }

    @Command(name = "configure", description = "Change a rating service's stars, shape, icon, colours or thumbnail "
            + "display; what is not given stays as it is.")
    static final class Configure implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "SERVICE", description = "Key (hex) or name of a rating service.")
        String service;

        @Mixin
        RatingSettings rating;

        @Override
        public Integer call() throws Exception {
            return whileServerStopped(data, library -> {
                Service s = find(library.services(), service);
                if (!ServiceType.RATING_SERVICES.contains(s.type())) {
                    throw new IllegalArgumentException("\"" + s.name() + "\" is not a rating service");
                }
                library.services().reconfigureRating(s.key(), rating.applyTo(s.type(), s.rating()));
                System.out.println("Configured.");
                return 0;
            });
        }
    }

    @Command(name = "rename", description = "Rename a service.")
    static final class Rename implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(index = "0", paramLabel = "SERVICE", description = "Key (hex) or current name.")
        String service;

        @Parameters(index = "1", paramLabel = "NEW_NAME")
        String newName;

        @Override
        public Integer call() throws Exception {
            return whileServerStopped(data, library -> {
                library.services().rename(find(library.services(), service).key(), newName);
                System.out.println("Renamed.");
                return 0;
            });
        }
    }

    @Command(name = "delete", description = "Delete a service.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "SERVICE", description = "Key (hex) or name.")
        String service;

        @Override
        public Integer call() throws Exception {
            return whileServerStopped(data, library -> {
                library.deleteService(find(library.services(), service).key());
                System.out.println("Deleted.");
                return 0;
            });
        }
    }
}

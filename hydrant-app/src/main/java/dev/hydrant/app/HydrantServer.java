package dev.hydrant.app;

import dev.hydrant.api.args.PostBodyParser;
import dev.hydrant.api.http.ApiHandler;
import dev.hydrant.api.http.ApiServer;
import dev.hydrant.api.http.BodyEncoder;
import dev.hydrant.api.http.BusyLock;
import dev.hydrant.api.http.ResponseWriter;
import dev.hydrant.api.http.RouteTable;
import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.api.routes.AccessRoutes;
import dev.hydrant.api.routes.ClientApiSurface;
import dev.hydrant.api.routes.DatabaseRoutes;
import dev.hydrant.api.routes.NetworkRoutes;
import dev.hydrant.api.routes.NoteRoutes;
import dev.hydrant.core.network.CookieJar;
import dev.hydrant.core.network.CustomHeaders;
import dev.hydrant.api.routes.FileHashRoutes;
import dev.hydrant.api.routes.FileImportRoutes;
import dev.hydrant.api.routes.FileLifecycleRoutes;
import dev.hydrant.api.routes.FileMetadataRoutes;
import dev.hydrant.api.routes.FileServingRoutes;
import dev.hydrant.api.routes.RootRoutes;
import dev.hydrant.api.routes.SearchRoutes;
import dev.hydrant.api.routes.ServiceRoutes;
import dev.hydrant.api.routes.ServicesJson;
import dev.hydrant.api.routes.PendingRoutes;
import dev.hydrant.api.routes.RatingRoutes;
import dev.hydrant.api.routes.TagRelationRoutes;
import dev.hydrant.api.routes.TagRoutes;
import dev.hydrant.api.routes.ThumbnailRoutes;
import dev.hydrant.api.routes.TimeRoutes;
import dev.hydrant.api.routes.UrlRoutes;
import dev.hydrant.core.tags.FavouriteTags;
import dev.hydrant.core.ByteKey;
import dev.hydrant.api.http.Route;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;


/** A running Client API server over an opened {@link Library}: builds the route table and starts Jetty. */
public final class HydrantServer implements AutoCloseable {
    private final ApiServer apiServer;
    private final RouteTable routes;
    private final Set<String> pendingPaths;

    private HydrantServer(ApiServer apiServer, RouteTable routes, Set<String> pendingPaths) {
        this.apiServer = apiServer;
        this.routes = routes;
        this.pendingPaths = pendingPaths;
    }

    /** Client API resources whose job is not built yet (they answer 501). */
    public Set<String> pendingPaths() {
        return pendingPaths;
    }

    public static HydrantServer start(Library library, ServerSettings settings) throws Exception {
        library.folder().sweepTemp();
        library.sweepOrphans();
        library.startBackgroundJobs();
        byte[] bootId = new byte[32];
        library.random().nextBytes(bootId);
        AccessRoutes.BootInfo boot = new AccessRoutes.BootInfo(ByteKey.of(bootId), library.clock().instant());
        BusyLock busyLock = new BusyLock();
        ServicesJson servicesJson = new ServicesJson(library.services());
        RouteTable routes = new RouteTable()
                .addAll(new RootRoutes(!settings.allowNonLocal()).routes())
                .addAll(new AccessRoutes(library.accessControl(), library.permissionRequests(), boot).routes())
                .addAll(new ServiceRoutes(library.services(), servicesJson).routes())
                .addAll(new DatabaseRoutes(library.store(), busyLock).routes())
                .addAll(new TagRoutes(new FavouriteTags(library.store().favouriteTags()), library.tagEditor(),
                        library.tagAutocomplete(), library.tagRelations(), library.services(), servicesJson).routes())
                .addAll(new TagRelationRoutes(library.tagRelations()).routes())
                .addAll(new PendingRoutes(library.pendingContent(), servicesJson).routes())
                .addAll(new NetworkRoutes(new CookieJar(library.store().cookies()),
                        new CustomHeaders(library.store().headers())).routes())
                .addAll(new FileImportRoutes(library.importer(), library.services()).routes())
                .addAll(new FileHashRoutes(library.queries(), library.hashGenerator()).routes())
                .addAll(new FileLifecycleRoutes(library.lifecycle(), library.services()).routes())
                .addAll(new FileServingRoutes(library.queries(), library.searchPermits()).routes())
                .addAll(new ThumbnailRoutes(library.thumbnails(), library.renders(), library.searchPermits()).routes())
                .addAll(new FileMetadataRoutes(library.fileMetadata(), library.services(), servicesJson).routes())
                .addAll(new NoteRoutes(library.noteEditor()).routes())
                .addAll(new RatingRoutes(library.ratingEditor()).routes())
                .addAll(new UrlRoutes(library.urls(), library.fileUrls()).routes())
                .addAll(new TimeRoutes(library.timeEditor(), library.viewingStatistics()).routes())
                .addAll(new SearchRoutes(library.fileSearch(), library.services()).routes());
        List<Route> notYet = ClientApiSurface.notYetImplemented(routes.all().keySet());
        routes.addAll(notYet);
        Set<String> pending = notYet.stream().map(Route::path).collect(Collectors.toUnmodifiableSet());
        PostBodyParser bodyParser = new PostBodyParser(RecognisedContentTypes.ALL, library.folder().temp());
        ApiHandler handler = new ApiHandler(routes, library.accessControl(), busyLock, settings, bodyParser,
                new ResponseWriter(new BodyEncoder(), library.clock()));
        SslContextFactory.Server ssl = settings.https() ? HttpsCertificate.loadOrCreate(library.folder()) : null;
        ApiServer server = new ApiServer(settings, handler, ssl);
        server.start();
        return new HydrantServer(server, routes, pending);
    }

    public int port() {
        return apiServer.port();
    }

    public RouteTable routes() {
        return routes;
    }

    public void join() throws InterruptedException {
        apiServer.join();
    }

    @Override
    public void close() {
        apiServer.close();
    }
}

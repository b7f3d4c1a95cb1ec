package dev.hydrant.app.cli;

import dev.hydrant.app.Library;
import dev.hydrant.app.ServerLockFile;
import dev.hydrant.app.importing.FolderImport;
import dev.hydrant.app.importing.ImportTarget;
import dev.hydrant.app.importing.LibraryImportTarget;
import dev.hydrant.app.importing.ServerImportTarget;
import dev.hydrant.app.importing.Sidecars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code hydrant import PATH...}: imports folders (recursively) and files, either straight into the data folder
 * (no server may be running on it) or through a running server with {@code --server URL --key KEY}.
 */
@Command(name = "import", description = "Import files and folders (recursively).")
public final class ImportCommand implements Callable<Integer> {
    private static final Map<Integer, String> STATUS_NAMES = Map.of(1, "imported", 2, "already in the database",
            3, "previously deleted", 4, "failed", 7, "vetoed");

    @Mixin
    DataOption data;

    @Option(names = "--server", description = "Import through this running server (e.g. http://127.0.0.1:45869).")
    URI server;

    @Option(names = "--key", description = "Access key for --server (needs permission 1).")
    String key;

    @Option(names = "--parallel", defaultValue = "2", description = "Files imported at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--sidecar-tags", paramLabel = "SERVICE", description = "Read tags from .txt sidecars "
            + "(picture.jpg.txt, one tag per line) into this local tag service (name or key); sidecars are not "
            + "imported themselves.")
    String sidecarTags;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        List<Path> files = FolderImport.filesUnder(paths);
        if (sidecarTags != null) {
            files = Sidecars.withoutSidecars(files);
        }
        System.err.println(files.size() + " files to import");
        if (server != null) {
            if (key == null) {
                System.err.println("--server needs --key");
                return 2;
            }
            try (ImportTarget target = new ServerImportTarget(server, key)) {
                return run(target, files);
            }
        }
        var folder = data.folder().create();
        Optional<ServerLockFile> lock = ServerLockFile.tryAcquire(folder.serverLock());
        if (lock.isEmpty()) {
            System.err.println("A Hydrant server is running on " + folder.root()
                    + "; import through it with --server URL --key KEY.");
            return 1;
        }
        try (ServerLockFile held = lock.get(); ImportTarget target = new LibraryImportTarget(Library.open(folder))) {
            return run(target, files);
        }
    }

    private int run(ImportTarget target, List<Path> files) throws Exception {
        String tagService = null;
        if (sidecarTags != null) {
            try {
                tagService = target.localTagService(sidecarTags);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
        return report(new FolderImport(target, parallel, System.err, tagService).run(files));
    }

    private static int report(FolderImport.Summary summary) {
        summary.byStatus().forEach((status, count) ->
                System.out.println(count + " " + STATUS_NAMES.getOrDefault(status, "status " + status)));
        if (summary.tagged() > 0) {
            System.out.println(summary.tagged() + " tagged from sidecars");
        }
        if (summary.failedToSend() > 0) {
            System.out.println(summary.failedToSend() + " could not be imported");
        }
        return summary.failedToSend() > 0 ? 1 : 0;
    }
}

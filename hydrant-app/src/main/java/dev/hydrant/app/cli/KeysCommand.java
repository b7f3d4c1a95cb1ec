package dev.hydrant.app.cli;

import dev.hydrant.app.Library;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code hydrant keys}: manage Client API access keys. Works while a server runs on the same data folder. */
@Command(name = "keys", description = "Manage Client API access keys.", subcommands = {
        KeysCommand.ListKeys.class, KeysCommand.Add.class, KeysCommand.Delete.class, KeysCommand.Listen.class,
        KeysCommand.Pending.class, KeysCommand.Approve.class})
public final class KeysCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static String describe(AccessKey k) {
        String permissions = k.permitsEverything() ? "all" : k.basicPermissions().stream()
                .map(p -> String.valueOf(p.number())).reduce((a, b) -> a + "," + b).orElse("none");
        String filter = k.searchTagFilter().allowsEverything() ? "" : "  search: " + k.searchTagFilter().toPermittedString();
        return k.key().hex() + "  " + k.name() + "  permissions: " + permissions + filter;
    }

    static ByteKey parseKey(String hex) {
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("an access key is 64 hex characters");
        }
        return ByteKey.fromHex(hex);
    }

    @Command(name = "list", description = "List access keys.")
    static final class ListKeys implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            try (Library library = Library.open(data.folder())) {
                library.store().accessKeys().all().forEach(k -> System.out.println(describe(k)));
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Create an access key and print it.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--name", required = true, description = "A name for the key.")
        String name;

        @Option(names = "--key", description = "Use this exact 64-hex key (e.g. one your scripts already use).")
        String key;

        @Option(names = "--all", description = "Permit everything, now and in future.")
        boolean all;

        @Option(names = "--permissions", description = "Comma-separated permission numbers 0-13, e.g. 0,1,3.")
        String permissions;

        @Option(names = "--search-tag-filter", description = "Restrict searching: e.g. '-[unnamespaced],-[namespaced],+series:'.")
        String searchTagFilter;

        @Override
        public Integer call() throws Exception {
            if (all == (permissions != null)) {
                System.err.println("Give exactly one of --all or --permissions.");
                return 2;
            }
            try (Library library = Library.open(data.folder())) {
                ByteKey exact = key == null ? null : parseKey(key);
                if (exact != null && library.store().accessKeys().find(exact).isPresent()) {
                    System.err.println("That key already exists.");
                    return 1;
                }
                Set<Permission> perms = all ? Set.of() : PermissionList.parse(permissions);
                AccessKey created = library.addAccessKey(name, exact, all, perms, TagFilterText.parse(searchTagFilter));
                System.out.println(created.key().hex());
            }
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete an access key (its sessions stop working).")
    static final class Delete implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "KEY", description = "The 64-hex key.")
        String key;

        @Override
        public Integer call() throws Exception {
            try (Library library = Library.open(data.folder())) {
                if (!library.store().accessKeys().delete(parseKey(key))) {
                    System.err.println("No such key.");
                    return 1;
                }
                System.out.println("Deleted.");
            }
            return 0;
        }
    }

    @Command(name = "listen", description = "Open the permission-request window: /request_new_permissions works "
            + "for the given time; requests that arrive are printed and stay pending until approved.")
    static final class Listen implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--seconds", defaultValue = "120", description = "How long to listen (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--approve-all", description = "Approve every request as it arrives.")
        boolean approveAll;

        @Override
        public Integer call() throws Exception {
            try (Library library = Library.open(data.folder())) {
                var requests = library.permissionRequests();
                requests.openWindow(Duration.ofSeconds(seconds));
                System.out.println("Listening for permission requests for " + seconds + " s...");
                Set<ByteKey> seen = new HashSet<>();
                long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                try {
                    while (System.nanoTime() < end) {
                        for (AccessKey k : requests.pending()) {
                            if (seen.add(k.key())) {
                                System.out.println("request: " + describe(k));
                                if (approveAll) {
                                    requests.approve(k.key());
                                    System.out.println("approved.");
                                }
                            }
                        }
                        Thread.sleep(250);
                    }
                } finally {
                    requests.closeWindow();
                }
            }
            return 0;
        }
    }

    @Command(name = "pending", description = "List permission requests waiting for approval.")
    static final class Pending implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            try (Library library = Library.open(data.folder())) {
                List<AccessKey> pending = library.permissionRequests().pending();
                pending.forEach(k -> System.out.println(describe(k)));
            }
            return 0;
        }
    }

    @Command(name = "approve", description = "Approve a pending permission request: its key becomes usable.")
    static final class Approve implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "KEY", description = "The 64-hex key of the request.")
        String key;

        @Override
        public Integer call() throws Exception {
            try (Library library = Library.open(data.folder())) {
                if (library.permissionRequests().approve(parseKey(key)).isEmpty()) {
                    System.err.println("No such pending request.");
                    return 1;
                }
                System.out.println("Approved.");
            }
            return 0;
        }
    }
}

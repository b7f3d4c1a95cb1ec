package dev.hydrant.app.cli;

import dev.hydrant.app.Library;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.tags.TagRelationStore;
import dev.hydrant.core.tags.TagStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * {@code hydrant tags siblings|parents add|remove|list}: tag siblings and parents per tag service, without a GUI.
 * Changes need the server stopped (a running server holds the display rules in memory; while it runs, use the
 * {@code /hydrant/tag_siblings} and {@code /hydrant/tag_parents} routes instead).
 */
@Command(name = "tags", description = "Manage tag siblings and parents.",
        subcommands = {TagsCommand.Siblings.class, TagsCommand.Parents.class})
public final class TagsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "siblings", description = "Tag siblings: a bad tag displays as its good tag.",
            subcommands = {Add.class, Remove.class, ListPairs.class})
    static final class Siblings implements Runnable {
        @Override
        public void run() {
            new picocli.CommandLine(this).usage(System.out);
        }
    }

    @Command(name = "parents", description = "Tag parents: a child tag also displays its parents.",
            subcommands = {Add.class, Remove.class, ListPairs.class})
    static final class Parents implements Runnable {
        @Override
        public void run() {
            new picocli.CommandLine(this).usage(System.out);
        }
    }

    /** Shared options: the data folder and the service (key or name). */
    abstract static class PairCommand implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--service", required = true, description = "Tag service key (hex) or name.")
        String service;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        TagRelationStore.Kind kind() {
            return spec.parent().name().equals("siblings") ? TagRelationStore.Kind.SIBLING
                    : TagRelationStore.Kind.PARENT;
        }

        Service serviceIn(Library library) {
            return ServicesCommand.find(library.services(), service);
        }

        int whileServerStopped(ServicesCommand.LibraryChange change) throws Exception {
            return ServicesCommand.whileServerStoppedOr(data, "stop it first, or use its /hydrant/tag_siblings and "
                    + "/hydrant/tag_parents routes.", change);
        }
    }

    @Command(name = "add", description = "Add pairs: FROM TO [FROM TO ...] (bad good, or child parent).")
    static final class Add extends PairCommand {
        @Parameters(arity = "2..*", paramLabel = "TAG")
        java.util.List<String> tags;

        @Option(names = "--reason", description = "Reason for a pending pair on a tag repository.")
        String reason;

        @Override
        public Integer call() throws Exception {
            if (tags.size() % 2 != 0) {
                System.err.println("Give tags in pairs: FROM TO [FROM TO ...]");
                return 2;
            }
            return whileServerStopped(library -> {
                Service s = serviceIn(library);
                for (int i = 0; i < tags.size(); i += 2) {
                    TagStatus status = library.tagRelations().add(kind(), s.key(), tags.get(i), tags.get(i + 1), reason);
                    System.out.println(tags.get(i) + " -> " + tags.get(i + 1) + " (" + status.name().toLowerCase() + ")");
                }
                return 0;
            });
        }
    }

    @Command(name = "remove", description = "Remove pairs: FROM TO [FROM TO ...].")
    static final class Remove extends PairCommand {
        @Parameters(arity = "2..*", paramLabel = "TAG")
        java.util.List<String> tags;

        @Option(names = "--reason", description = "Reason for petitioning a pair on a tag repository.")
        String reason;

        @Override
        public Integer call() throws Exception {
            if (tags.size() % 2 != 0) {
                System.err.println("Give tags in pairs: FROM TO [FROM TO ...]");
                return 2;
            }
            return whileServerStopped(library -> {
                Service s = serviceIn(library);
                int missing = 0;
                for (int i = 0; i < tags.size(); i += 2) {
                    if (!library.tagRelations().remove(kind(), s.key(), tags.get(i), tags.get(i + 1), reason)) {
                        System.err.println("No pair " + tags.get(i) + " -> " + tags.get(i + 1));
                        missing++;
                    }
                }
                return missing == 0 ? 0 : 1;
            });
        }
    }

    @Command(name = "list", description = "List the pairs of a service: FROM -> TO (status).")
    static final class ListPairs extends PairCommand {
        @Override
        public Integer call() throws Exception {
            try (Library library = Library.open(data.folder())) {
                Service s = serviceIn(library);
                for (TagRelationStore.Relation r : library.tagRelations().list(kind(), s.key())) {
                    System.out.println(r.from() + " -> " + r.to() + " (" + r.status().name().toLowerCase() + ")");
                }
                return 0;
            } catch (IllegalArgumentException | ApiException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}

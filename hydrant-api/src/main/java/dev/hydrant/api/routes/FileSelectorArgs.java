package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.files.HashType;

import java.util.ArrayList;
import java.util.List;

/**
 * The "files" arguments (digest §4.2): {@code hash}, {@code hashes}, {@code file_id}, {@code file_ids}, in that
 * order, with hydrus's 400s for none given, negative ids and hashes of the wrong length.
 */
final class FileSelectorArgs {
    private static final long MAX_FILE_ID = 1L << 50;

    private FileSelectorArgs() {
    }

    static FileSelection parse(ApiArguments args) {
        List<FileSelection.Item> items = new ArrayList<>();
        boolean given = false;
        if (args.has("hash")) {
            given = true;
            items.add(new FileSelection.ByHash(args.requireKey("hash")));
        }
        if (args.has("hashes")) {
            given = true;
            args.getList("hashes", ArgType.BYTES).orElseThrow()
                    .forEach(h -> items.add(new FileSelection.ByHash((ByteKey) h)));
        }
        if (args.has("file_id")) {
            given = true;
            items.add(new FileSelection.ById(checkedId(args.requireLong("file_id"))));
        }
        if (args.has("file_ids")) {
            given = true;
            for (Object id : args.getList("file_ids", ArgType.INTEGER).orElseThrow()) {
                items.add(new FileSelection.ById(checkedId(ApiArguments.toLong(id))));
            }
        }
        if (!given) {
            throw ApiException.badRequest("Please include some files in your request--file_id or hash based!");
        }
        for (FileSelection.Item item : items) {
            if (item instanceof FileSelection.ByHash h) {
                checkLength(h.sha256(), HashType.SHA256);
            }
        }
        return new FileSelection(items);
    }

    /** The one file of {@code file_id} or {@code hash} (file_id wins when both are given). */
    static FileSelection.Item single(ApiArguments args) {
        if (args.has("file_id")) {
            return new FileSelection.ById(checkedId(args.requireLong("file_id")));
        }
        if (args.has("hash")) {
            ByteKey hash = args.requireKey("hash");
            checkLength(hash, HashType.SHA256);
            return new FileSelection.ByHash(hash);
        }
        throw ApiException.badRequest("Please include a file_id or hash parameter!");
    }

    static long checkedId(long id) {
        if (id < 0) {
            throw ApiException.badRequest("Was asked about a negative hash_id!");
        }
        if (id > MAX_FILE_ID) {
            throw ApiException.badRequest("Was asked about a hash_id that is too large!");
        }
        return id;
    }

    static void checkLength(ByteKey hash, HashType type) {
        if (hash.length() != type.length()) {
            throw ApiException.badRequest("Sorry, one of the given hashes was the wrong length! " + type.apiName()
                    + " hashes should be " + type.length() + " bytes long, but " + hash.hex() + " is "
                    + hash.length() + " bytes long!");
        }
    }
}

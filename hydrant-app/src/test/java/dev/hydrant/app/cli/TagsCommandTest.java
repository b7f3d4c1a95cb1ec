package dev.hydrant.app.cli;

import dev.hydrant.app.DataFolder;
import dev.hydrant.app.Library;
import dev.hydrant.core.services.DefaultServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hydrant tags siblings|parents ...} run in-process on a temporary data folder. */
class TagsCommandTest {
    @TempDir
    Path data;

    private Cli.Run tags(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "tags";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--data=" + data;
        return Cli.run(all);
    }

    @Test
    void siblingsAndParentsByServiceName() throws Exception {
        assertThat(tags("siblings", "add", "--service", "my tags", "Samus", "character:samus aran").exitCode()).isZero();
        assertThat(tags("parents", "add", "--service", "my tags", "character:samus aran", "series:metroid").exitCode())
                .isZero();
        Cli.Run list = tags("siblings", "list", "--service", "my tags");
        assertThat(list.out()).contains("samus -> character:samus aran (current)");
        assertThat(tags("parents", "list", "--service", DefaultServices.MY_TAGS.hex()).out())
                .contains("character:samus aran -> series:metroid (current)");
        Cli.Run odd = tags("siblings", "add", "--service", "my tags", "lonely");
        assertThat(odd.exitCode()).isNotZero();
        Cli.Run loop = tags("siblings", "add", "--service", "my tags", "character:samus aran", "samus");
        assertThat(loop.exitCode()).isEqualTo(1);
        assertThat(loop.err()).contains("loop");

        try (Library library = Library.open(new DataFolder(data))) {
            var rules = library.tagViews().rules(DefaultServices.MY_TAGS);
            assertThat(rules.ideal("samus")).isEqualTo("character:samus aran");
            assertThat(rules.ancestors("samus")).containsExactly("series:metroid");
        }
        assertThat(tags("siblings", "remove", "--service", "my tags", "samus", "character:samus aran").exitCode())
                .isZero();
        assertThat(tags("siblings", "list", "--service", "my tags").out()).doesNotContain("samus ->");
    }
}

package dev.hydrant.core.urls;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading URL class files: the format, its checks, and how a user's file goes over the shipped classes. */
class UrlClassDefinitionsTest {
    private static UrlClassDefinitions.Definitions read(String json) {
        return UrlClassDefinitions.read(DefaultClasses.tree(json), "test.json");
    }

    private static String one(String fields) {
        return "{\"url_classes\": [{\"name\": \"site post\", \"type\": \"post\", \"example\": \"https://site.com/p/1\","
                + " \"domains\": [\"site.com\"], \"path\": [\"p\", {\"match\": \"number\"}]" + fields + "}]}";
    }

    @Test
    void readsEveryRule() {
        UrlClass c = read("{\"url_classes\": [{\"name\": \"site gallery\", \"type\": \"gallery\","
                + " \"example\": \"http://www.site.com/list/a b?tag%5B%5D=x&pg=1&7\", \"scheme\": \"http\","
                + " \"domains\": [\"site.com\"], \"domain_regexes\": [\"mirror[0-9]\\\\.site\\\\.org\"],"
                + " \"match_subdomains\": false, \"keep_subdomains\": true,"
                + " \"path\": [\"list\", {\"regex\": \"^[a-z%0-9]+$\", \"min_chars\": 1, \"max_chars\": 40, \"default\": \"all\"}],"
                + " \"parameters\": [{\"name\": \"tag[]\", \"match\": \"any\"}, {\"name\": \"pg\", \"match\": \"number\", \"default\": \"1\"},"
                + " {\"name\": \"sid\", \"match\": \"hex\", \"ephemeral\": true}],"
                + " \"single_value_parameters\": {\"match\": \"number\"},"
                + " \"alphabetise_parameters\": false, \"no_more_path_components\": true, \"no_more_parameters\": false,"
                + " \"keep_extra_parameters_for_server\": false, \"keep_fragment\": true, \"can_produce_multiple_files\": true,"
                + " \"associate_with_files\": true, \"api\": [{\"prepend\": \"x\"}, {\"remove_start\": 1}], \"parser\": \"p\"}]}")
                .classes().get(0);
        assertThat(c.type()).isEqualTo(UrlType.GALLERY);
        assertThat(c.preferredScheme()).isEqualTo("http");
        assertThat(c.domainMask().domainRegexes()).containsExactly("mirror[0-9]\\.site\\.org");
        assertThat(c.domainMask().keepMatchedSubdomains()).isTrue();
        assertThat(c.pathComponents().get(1).defaultValue()).isEqualTo("all");
        assertThat(c.parameters().get(0).name()).as("names are stored encoded").isEqualTo("tag%5B%5D");
        assertThat(c.parameters().get(2).ephemeral()).isTrue();
        assertThat(c.singleValueParameters()).isPresent();
        assertThat(c.alphabetiseParameters()).isFalse();
        assertThat(c.noMorePathComponents()).isTrue();
        assertThat(c.keepExtraParametersForServer()).isFalse();
        assertThat(c.keepFragment()).isTrue();
        assertThat(c.canProduceMultipleFiles()).isTrue();
        assertThat(c.associateWithFiles()).isTrue();
        assertThat(c.apiConverter().conversions()).hasSize(2);
        assertThat(c.parser()).contains("p");
        assertThat(c.normalise("http://www.site.com/list/a b?pg=2&tag%5B%5D=x&7#f"))
                .as("parameter order kept").isEqualTo("http://www.site.com/list/a b?pg=2&tag%5B%5D=x&7#f");
    }

    @Test
    void unknownKeysAndBadValuesAreErrorsThatSayWhere() {
        assertThatThrownBy(() -> read(one(", \"keep_fragmnet\": true")))
                .hasMessage("test.json: url_classes[0] (\"site post\"): URL class: unknown key \"keep_fragmnet\"");
        assertThatThrownBy(() -> read(one(", \"type\": \"thread\"").replace("\"type\": \"post\", ", "")))
                .hasMessageContaining("type must be one of post, api, file, gallery, watchable; not \"thread\"");
        assertThatThrownBy(() -> read(one(", \"parameters\": [{\"name\": \"a\", \"fixed\": \"x\", \"regex\": \"y\"}]")))
                .hasMessageContaining("parameters[0]: needs exactly one of \"fixed\", \"regex\", \"match\"");
        assertThatThrownBy(() -> read(one(", \"parameters\": [{\"name\": \"a\", \"regex\": \"(\"}]")))
                .hasMessageContaining("invalid regular expression");
        assertThatThrownBy(() -> read(one(", \"api\": [{\"rot13\": true}]"))).hasMessageContaining("unknown conversion \"rot13\"");
        assertThatThrownBy(() -> read(one(", \"match_subdomains\": \"yes\""))).hasMessageContaining("expected true or false");
        assertThatThrownBy(() -> read("{\"url_classes\": {}}")).hasMessage("test.json: url_classes: expected a list");
        assertThatThrownBy(() -> read("[]")).hasMessage("test.json: expected an object");
    }

    @Test
    void aClassMustMatchItsOwnExample() {
        assertThatThrownBy(() -> read(one("").replace("https://site.com/p/1", "https://site.com/q/1")))
                .hasMessageContaining("the class does not match its own example https://site.com/q/1: \"q\" did not exactly match \"p\"");
    }

    @Test
    void userClassesReplaceAddAndRemove() {
        UrlClass a = read(one("")).classes().get(0);
        UrlClass b = read(one("").replace("site post", "other").replace("site.com", "other.com")).classes().get(0);
        UrlClassDefinitions.Definitions user = read("{\"remove\": [\"OTHER\"], \"url_classes\": ["
                + "{\"name\": \"Site Post\", \"type\": \"file\", \"example\": \"https://site.com/f/1\", \"domains\": [\"site.com\"], \"path\": [\"f\"]},"
                + "{\"name\": \"new\", \"type\": \"post\", \"example\": \"https://n.com/\", \"domains\": [\"n.com\"]}]}");
        List<UrlClass> merged = UrlClassDefinitions.merge(List.of(a, b), user);
        assertThat(merged).extracting(UrlClass::name).containsExactly("Site Post", "new");
        assertThat(merged.get(0).type()).isEqualTo(UrlType.FILE);
        assertThatThrownBy(() -> UrlClassDefinitions.merge(List.of(a), read("{\"remove\": [\"nope\"]}")))
                .hasMessage("cannot remove URL class \"nope\": there is none by that name");
    }
}

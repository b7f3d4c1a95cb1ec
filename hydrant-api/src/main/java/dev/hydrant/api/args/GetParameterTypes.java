package dev.hydrant.api.args;

import java.util.Map;
import java.util.HashMap;

/** Hydrus's whitelist of GET parameter names and how each is decoded; any other name is dropped. */
public final class GetParameterTypes {
    /** How one GET parameter's text becomes a value. */
    public enum Decoding { INT, HEX, STRING, JSON, JSON_HEX_LIST }

    public static final String ACCESS_KEY = "Hydrus-Client-API-Access-Key";
    public static final String SESSION_KEY = "Hydrus-Client-API-Session-Key";

    private static final Map<String, Decoding> TYPES = new HashMap<>();

    static {
        for (String n : new String[]{"duplicate_pair_sort_type", "file_id", "file_sort_type", "potentials_search_type",
                "pixel_duplicates", "max_hamming_distance", "max_num_pairs", "width", "height", "render_format",
                "render_quality"}) {
            TYPES.put(n, Decoding.INT);
        }
        for (String n : new String[]{"hash", "destination_page_key", "page_key", "page_of_pages_key", "service_key",
                ACCESS_KEY, SESSION_KEY, "file_service_key", "deleted_file_service_key", "tag_service_key",
                "tag_service_key_1", "tag_service_key_2", "rating_service_key", "job_status_key"}) {
            TYPES.put(n, Decoding.HEX);
        }
        for (String n : new String[]{"name", "url", "domain", "search", "service_name", "reason", "tag_display_type",
                "source_hash_type", "desired_hash_type", "file_service_name", "tag_service_name"}) {
            TYPES.put(n, Decoding.STRING);
        }
        for (String n : new String[]{"basic_permissions", "permits_everything", "tags", "tags_1", "tags_2", "file_ids",
                "download", "only_return_identifiers", "only_return_basic_information", "include_blurhash",
                "create_new_file_ids", "detailed_url_information", "duplicate_pair_sort_asc", "hide_service_keys_tags",
                "simple", "file_sort_asc", "group_mode", "return_hashes", "return_file_ids",
                "include_thumbnail_filetype", "include_notes", "include_milliseconds", "include_services_object",
                "notes", "note_names", "doublecheck_file_system", "only_in_view", "include_current_tags",
                "include_pending_tags", "service_names_to_tags", "service_names_to_actions_to_tags",
                "service_names_to_additional_tags"}) {
            TYPES.put(n, Decoding.JSON);
        }
        for (String n : new String[]{"file_service_keys", "deleted_file_service_keys", "hashes"}) {
            TYPES.put(n, Decoding.JSON_HEX_LIST);
        }
    }

    private GetParameterTypes() {
    }

    /** The decoding of a whitelisted name, or null when the name is not on the list. */
    public static Decoding of(String name) {
        return TYPES.get(name);
    }

    /** POST bodies decode these names' hex strings to bytes. */
    public static boolean isHexParameter(String name) {
        return TYPES.get(name) == Decoding.HEX;
    }

    public static boolean isHexListParameter(String name) {
        return TYPES.get(name) == Decoding.JSON_HEX_LIST;
    }
}

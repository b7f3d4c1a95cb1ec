package dev.hydrant.media.image.webp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The constant tables of RFC 6386 that a key-frame decoder needs (large ones are read from a resource). */
final class Vp8Tables {

    private static final Map<String, int[]> RESOURCE = load();

    /** [type][band][context][token]: probabilities that a coefficient probability is updated. */
    static final int[] COEFF_UPDATE_PROBS = RESOURCE.get("coeff_update_probs");
    /** [type][band][context][token]: default coefficient probabilities. */
    static final int[] DEFAULT_COEFF_PROBS = RESOURCE.get("default_coeff_probs");
    /** [above][left][9]: key-frame sub-block mode probabilities. */
    static final int[] KF_BMODE_PROBS = RESOURCE.get("kf_bmode_probs");
    static final int[] DC_TABLE = RESOURCE.get("dc_qlookup");
    static final int[] AC_TABLE = RESOURCE.get("ac_qlookup");

    /** Coefficient position to band (with a sentinel for position 16). */
    static final int[] BANDS = {0, 1, 2, 3, 6, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 0};
    static final int[] ZIGZAG = {0, 1, 4, 8, 5, 2, 3, 6, 9, 12, 13, 10, 7, 11, 14, 15};
    /** Extra-bit probabilities of DCT categories 3 to 6. */
    static final int[][] CAT3456 = {
            {173, 148, 140},
            {176, 155, 140, 135},
            {180, 157, 141, 134, 130},
            {254, 254, 243, 230, 196, 177, 153, 140, 133, 130, 129}};

    /** Sub-block mode tree in RFC order (DC, TM, VE, HE, LD, RD, VR, VL, HD, HU); leaves are -mode. */
    static final int[] BMODE_TREE = {0, 2, -1, 4, -2, 6, 8, 12, -3, 10, -5, -6, -4, 14, -7, 16, -8, -9};

    private Vp8Tables() {
    }

    private static Map<String, int[]> load() {
        Map<String, int[]> tables = new HashMap<>();
        try (InputStream in = Vp8Tables.class.getResourceAsStream("vp8-tables.txt")) {
            if (in == null) {
                throw new IllegalStateException("vp8-tables.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String name = null;
            List<Integer> values = new ArrayList<>();
            int expected = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (Character.isLetter(line.charAt(0))) {
                    String[] header = line.split("\\s+");
                    name = header[0];
                    expected = Integer.parseInt(header[1]);
                    values = new ArrayList<>();
                    continue;
                }
                for (String token : line.split("\\s+")) {
                    values.add(Integer.parseInt(token));
                }
                if (values.size() == expected) {
                    tables.put(name, values.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }
}

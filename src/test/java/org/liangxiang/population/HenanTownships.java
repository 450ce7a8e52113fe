package org.liangxiang.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Henan's townships for tests that run the generator without the application: read from the region module's bundled
 * division file (code, parent_code, name, level, ...), the same data {@code Townships.under} reads through the API.
 */
final class HenanTownships {

    private static List<Township> cached;

    private HenanTownships() {}

    static synchronized List<Township> all() {
        if (cached == null) {
            cached = read();
        }
        return cached;
    }

    private static List<Township> read() {
        Map<String, String> parents = new HashMap<>();
        List<String> townships = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(HenanTownships.class.getResourceAsStream("/region/divisions-2023.csv.gz")),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                if (f[0].startsWith("41")) {
                    parents.put(f[0], f[1]);
                    if (f[3].equals("TOWNSHIP")) {
                        townships.add(f[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return townships.stream()
                .sorted()
                .map(code -> {
                    String county = parents.get(code);
                    return new Township(code, county, parents.get(county));
                })
                .toList();
    }
}

package org.liangxiang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails on a dependency cycle or a reach into another module's internals; writes the module docs to docs/modules, in a
 * stable order (the documenter lists relations and bean references in an order that changes between runs, which only
 * made noise in every change).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LiangxiangApplication.class);

    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(DOCS)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".puml")) {
                    Files.write(file, sortedRelations(Files.readAllLines(file)));
                } else if (name.endsWith(".adoc")) {
                    Files.write(file, sortedItems(Files.readAllLines(file)));
                }
            }
        }
    }

    /** Every run of {@code Rel(...)} lines of a diagram, sorted. */
    static List<String> sortedRelations(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(Comparator.naturalOrder());
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(Comparator.naturalOrder());
        out.addAll(run);
        return out;
    }

    /**
     * Every bullet list of a canvas, its items (a {@code * } line and its continuation lines) sorted; a list that
     * opens a table cell ({@code |* }) keeps the cell's bar on its first item.
     */
    static List<String> sortedItems(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        boolean opensCell = false;
        for (String line : lines) {
            boolean item = line.startsWith("* ") || (items.isEmpty() && line.startsWith("|* "));
            if (item) {
                if (items.isEmpty()) {
                    opensCell = line.startsWith("|");
                }
                items.add(new ArrayList<>(List.of(opensCell && items.isEmpty() ? line.substring(1) : line)));
            } else if (!items.isEmpty() && !line.isBlank() && !line.startsWith("|")) {
                items.get(items.size() - 1).add(line);
            } else {
                flush(items, opensCell, out);
                out.add(line);
            }
        }
        flush(items, opensCell, out);
        return out;
    }

    private static void flush(List<List<String>> items, boolean opensCell, List<String> out) {
        if (items.isEmpty()) {
            return;
        }
        items.sort(Comparator.comparing(item -> item.get(0)));
        for (int i = 0; i < items.size(); i++) {
            List<String> item = items.get(i);
            out.add(i == 0 && opensCell ? "|" + item.get(0) : item.get(0));
            out.addAll(item.subList(1, item.size()));
        }
        items.clear();
    }
}

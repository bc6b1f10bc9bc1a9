package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * The modules' boundaries and declared layering ({@code allowedDependencies}, named interfaces), and the module
 * diagrams committed under {@code docs/modules}, which must match what the code says.
 */
class ModularityTest {

    private static final Path GENERATED = Path.of("target/spring-modulith-docs");
    private static final Path COMMITTED = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(DyadApplication.class);

    @Test
    void modulesOnlyUseWhatTheyDeclareOfEachOther() {
        modules.verify();
    }

    @Test
    void theCommittedModuleDiagramsMatchTheCode() throws IOException {
        FileSystemUtils.deleteRecursively(GENERATED);
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(GENERATED)) {
            diagrams =
                    files.filter(f -> f.toString().endsWith(".puml")).sorted().toList();
        }
        assertThat(diagrams)
                .extracting(f -> f.getFileName().toString())
                .contains("components.puml", "module-couples.puml", "module-exercises.puml");
        for (Path generated : diagrams) {
            Path committed = COMMITTED.resolve(generated.getFileName());
            assertThat(committed).as("copy %s to %s", generated, COMMITTED).exists();
            // the same lines in any order: the documenter does not promise an order of relations
            assertThat(lines(committed))
                    .as("%s is out of date: copy %s over it", committed, generated)
                    .containsExactlyInAnyOrderElementsOf(lines(generated));
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}

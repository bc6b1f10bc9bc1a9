package app.dyad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(DyadApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsForTheReadme() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/spring-modulith-docs"));
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (var files = Files.list(Path.of("target/spring-modulith-docs"))) {
            Assertions.assertThat(files.map(f -> f.getFileName().toString()))
                    .contains("components.puml", "module-couples.puml", "module-exercises.puml");
        }
    }
}

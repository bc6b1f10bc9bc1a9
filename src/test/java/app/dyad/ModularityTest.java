package app.dyad;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(DyadApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsForTheReadme() throws java.io.IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(java.nio.file.Path.of("target/spring-modulith-docs"));
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("target/spring-modulith-docs"))) {
            org.assertj.core.api.Assertions.assertThat(files.map(f -> f.getFileName().toString()))
                    .contains("components.puml", "module-couples.puml", "module-exercises.puml");
        }
    }
}

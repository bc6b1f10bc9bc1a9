package app.dyad.bench;

import app.dyad.TestClock;
import app.dyad.identity.TestAccounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The benchmark of issue 16 (not part of {@code ./mvnw verify}: its name ends in Benchmark, which Surefire does not
 * pick up by itself). For each scale in {@code -Dbench.scales} (default 0.01,1) it grows the generated clinic to that
 * scale and times the interactions on the first clinic's counselor, so the second table shows the same caseload in a
 * clinic 100 times larger. Run:
 *
 * <pre>./mvnw -B -o test -Dtest=ClinicScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.scales=0.01,1</pre>
 *
 * Prints Markdown tables and writes them to {@code target/bench/clinic-scale.md}.
 */
@BenchSpringTest
class ClinicScaleBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestClock clock;

    @Test
    void measure() throws SQLException, IOException {
        String[] scales = System.getProperty("bench.scales", "0.01,1").split(",");
        int warmUp = Integer.getInteger("bench.warmup", 30);
        int rounds = Integer.getInteger("bench.rounds", 200);
        ClinicScale generator = new ClinicScale(dataSource);
        ClinicBenchmark benchmark = new ClinicBenchmark(context);
        String hash = passwordEncoder.encode(TestAccounts.PASSWORD);
        StringBuilder report = new StringBuilder();
        ClinicScale.Generated first = null;
        double generated = 0;
        List<String> generation = new ArrayList<>();
        for (String s : scales) {
            double scale = Double.parseDouble(s.strip());
            ClinicScale.Generated run = generator.generate(scale - generated, clock.instant(), hash);
            generated = scale;
            if (first == null) {
                first = run;
            }
            generation.add(String.format(
                    Locale.ROOT,
                    "scale %s: +%s in %.1f s",
                    s.strip(),
                    run.rows(),
                    run.took().toMillis() / 1000.0));
            System.out.println("Generated " + generation.getLast());
            report.append(String.format(
                    Locale.ROOT,
                    "%n### Scale %s (%s)%n%n%s",
                    s.strip(),
                    totals(dataSource),
                    ClinicBenchmark.table(benchmark.run(first, warmUp, rounds))));
        }
        report.append("\nGeneration: ").append(String.join("; ", generation)).append('\n');
        System.out.println(report);
        Path out = Path.of("target", "bench", "clinic-scale.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static String totals(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        StringBuilder totals = new StringBuilder();
        for (Map.Entry<String, String> table : Map.of(
                        "couples", "couple",
                        "sessions", "counselling_session",
                        "responses", "response",
                        "audit rows", "audit_entry")
                .entrySet()) {
            Long n = jdbc.queryForObject("select count(*) from " + table.getValue(), Long.class);
            totals.append(totals.isEmpty() ? "" : ", ").append(n).append(' ').append(table.getKey());
        }
        return totals.toString();
    }
}

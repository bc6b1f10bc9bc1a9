package app.dyad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's run command, as a test: the default profile starts on a fresh embedded MariaDB and seeds the whole
 * demo through the real services. A rule added to a service that the demo's made-up clinic breaks stops
 * {@code ./mvnw} from starting; this finds it before anyone runs the command (it did: an empty submission).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dyad.embedded-db.data-dir=${java.io.tmpdir}/dyad-demo-it-${random.uuid}")
class DemoStartsIT {

    @Autowired
    DataSource dataSource;

    @Test
    void theDefaultProfileStartsAndSeedsTheDemoClinic() {
        JdbcClient sql = JdbcClient.create(dataSource);

        assertThat(sql.sql("select count(*) from user_account where email like '%@dyad.demo'")
                        .query(Long.class)
                        .single())
                .isEqualTo(7);
        assertThat(sql.sql("select count(*) from couple").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(sql.sql("select count(*) from response where state = 'SUBMITTED'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(sql.sql("select count(*) from session_note where signed_at is not null")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}

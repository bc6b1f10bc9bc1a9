package app.dyad;

import app.dyad.identity.TestAccounts;
import app.dyad.mail.Mailbox;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
@Import({TestAccounts.class, Mailbox.class})
public class TestBeans {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}

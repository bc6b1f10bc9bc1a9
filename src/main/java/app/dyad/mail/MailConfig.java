package app.dyad.mail;

import java.util.Properties;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * How mail leaves Dyad: to {@code DYAD_MAIL_HOST} (STARTTLS unless turned off), or, in the demo and in tests, to
 * the {@link EmbeddedMailServer}. Scheduled work takes ShedLock's lock row, timed by the database's clock, so two
 * nodes never run it at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class MailConfig {

    @Bean
    @ConditionalOnBooleanProperty("dyad.mail.embedded-server.enabled")
    EmbeddedMailServer embeddedMailServer(@Value("${dyad.mail.embedded-server.port:0}") int port) {
        return new EmbeddedMailServer(port);
    }

    @Bean
    JavaMailSender mailSender(
            ObjectProvider<EmbeddedMailServer> embedded,
            @Value("${dyad.mail.host:}") String host,
            @Value("${dyad.mail.port:587}") int port,
            @Value("${dyad.mail.user:}") String user,
            @Value("${dyad.mail.password:}") String password,
            @Value("${dyad.mail.starttls:true}") boolean startTls) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        // a mail server that hangs must not hold the delivery run (and its lock) for long
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        @Nullable EmbeddedMailServer demo = embedded.getIfAvailable();
        if (demo != null && host.isBlank()) {
            sender.setHost("127.0.0.1");
            sender.setPort(demo.port());
            return sender;
        }
        sender.setHost(host);
        sender.setPort(port);
        if (!user.isBlank()) {
            sender.setUsername(user);
            sender.setPassword(password);
            properties.put("mail.smtp.auth", "true");
        }
        if (startTls) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return sender;
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Scheduling is on; what runs on a schedule is {@link MailSchedule}'s, which exists unless turned off. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {}
}

package app.dyad.identity;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    /** Argon2id with OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane; 16-byte salt, 32-byte hash. */
    static final int MEMORY_KIB = 19 * 1024;

    /**
     * Argon2id behind a {@link HashingGate}: at most {@code dyad.sign-in.max-concurrent-hashes} hashes at once (by
     * default one per CPU core: more would only queue for the cores and hold their 19 MiB each meanwhile), and a
     * caller waits at most {@code dyad.sign-in.hash-wait} (2 s) for a turn.
     */
    @Bean
    HashingGate passwordEncoder(
            @Value("${dyad.sign-in.max-concurrent-hashes:#{null}}") @Nullable Integer maxConcurrentHashes,
            @Value("${dyad.sign-in.hash-wait:2s}") Duration hashWait) {
        int permits = maxConcurrentHashes != null
                ? maxConcurrentHashes
                : Runtime.getRuntime().availableProcessors();
        return new HashingGate(argon2id(), permits, hashWait);
    }

    static PasswordEncoder argon2id() {
        return new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, 2);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withBundledList();
    }
}

package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords are stored with Argon2id at OWASP's minimum cost: 19 MiB, 2 iterations, 1 lane (ASVS 11.4.2). */
class PasswordConfigTest {

    @Test
    void passwordsAreHashedWithArgon2idAtNineteenMebibytesAndTwoIterations() {
        String hash = PasswordConfig.argon2id().encode("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(PasswordConfig.argon2id().matches("correct horse battery staple", hash))
                .isTrue();
    }
}

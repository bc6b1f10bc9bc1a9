package app.dyad.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals authenticator secrets for the database with AES-256-GCM: a fresh 12-byte nonce per seal, stored before the
 * ciphertext, and the account id as associated data, so a sealed secret copied onto another person's row does not
 * open. The key is {@code DYAD_SECRET_KEY} (32 bytes, Base64), never in the database: a copy of the database alone
 * holds no usable secret, and no recovery code either ({@link #recoveryCodeHash}). Production refuses to start without it; the demo makes one once under {@code target/}.
 */
@Component
class SecretCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKey key;
    private final SecretKeySpec recoveryCodeKey;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(
            @Value("${dyad.secret-key:}") String configuredKey,
            @Value("${dyad.secret-key-file:target/dyad-secret.key}") Path demoKeyFile) {
        this.key = new SecretKeySpec(keyBytes(configuredKey, demoKeyFile), "AES");
        this.recoveryCodeKey =
                new SecretKeySpec(hmac(new SecretKeySpec(key.getEncoded(), HMAC), "dyad recovery codes\u0001"), HMAC);
    }

    /**
     * A recovery code as kept: HMAC-SHA256 of the account and the normalised code under a key of its own, derived
     * from this one (HKDF-Expand, one block). A copy of the database alone cannot be searched for codes, as a plain
     * hash of 50 bits could be in hours; the account in the input makes each person's hashes their own.
     */
    String recoveryCodeHash(long accountId, String normalisedCode) {
        return HexFormat.of().formatHex(hmac(recoveryCodeKey, accountId + ":" + normalisedCode));
    }

    private static byte[] hmac(SecretKeySpec macKey, String input) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(macKey);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    byte[] seal(byte[] plain, long accountId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a secret", e);
        }
    }

    /** The plain secret; fails if the sealed bytes were altered, belong to another account or another key. */
    byte[] open(byte[] sealed, long accountId) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(accountId));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "a sealed secret does not open with this key (was DYAD_SECRET_KEY changed?)", e);
        }
    }

    private static byte[] associatedData(long accountId) {
        return ("dyad second factor of account " + accountId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyBytes(String configured, Path demoKeyFile) {
        if (!configured.isBlank()) {
            return decode(configured.strip(), "DYAD_SECRET_KEY");
        }
        try {
            if (Files.exists(demoKeyFile)) {
                return decode(Files.readString(demoKeyFile).strip(), demoKeyFile.toString());
            }
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(demoKeyFile.toAbsolutePath().getParent());
            try {
                // owner-only from its first byte, not made so after it was written
                Files.createFile(
                        demoKeyFile,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(demoKeyFile); // a file system without owners: the demo key is a demo's
            }
            Files.writeString(demoKeyFile, Base64.getEncoder().encodeToString(fresh));
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write the demo's secret key " + demoKeyFile, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " must be 32 random bytes in Base64 (openssl rand -base64 32)");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(source
                    + " must be 32 random bytes in Base64 (openssl rand -base64 32), not " + bytes.length + " bytes");
        }
        return bytes;
    }
}

package app.dyad.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten per enrolment, each ten characters (written "abcde-fghjk") from an alphabet without the
 * look-alikes 0/o, 1/l/i, so about 49 bits each: the sign-in lockout caps guessing at ten tries a quarter hour. They
 * are kept as keyed hashes ({@link SecretCipher#recoveryCodeHash}), since 49 bits would fall in hours to anyone with
 * a copy of the database and a plain hash.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final int LENGTH = 10;
    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> newCodes() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** As typed: any case, with or without the dash or spaces. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the typed text has the shape of a recovery code (not of a 6-digit authenticator code). */
    static boolean looksLikeOne(String typed) {
        return normalise(typed).length() == LENGTH;
    }
}

package app.dyad.identity;

/**
 * What a person needs to set up an authenticator app: the secret as text to type (Base32, shown in groups of four)
 * and the {@code otpauth://} address that the QR code carries.
 */
public record TwoStepSetUp(String secret, String otpauthUri) {

    /** The secret in groups of four, as people copy it by hand. */
    public String secretForTyping() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "TwoStepSetUp[secret hidden]";
    }
}

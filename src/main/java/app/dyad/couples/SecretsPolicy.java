package app.dyad.couples;

/** What the couple agreed at intake about things one partner tells the counselor alone. */
public enum SecretsPolicy {
    /** Nothing one partner shares is kept from the other. */
    NO_SECRETS,
    /** Some individual disclosures may stay private, within limits agreed at intake. */
    LIMITED_SECRETS,
    /** The counselor decides what must be brought into joint sessions. */
    COUNSELOR_DISCRETION
}

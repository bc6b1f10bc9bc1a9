package app.dyad.exercises;

/** Who is asking to read homework: the couple's current counselor, one of its partners, or anybody else. */
sealed interface Requester {

    /** The counselor currently assigned to the couple. */
    record Counselor(long coupleId) implements Requester {}

    /** A partner of the couple. */
    record Partner(long coupleId, long partnerId) implements Requester {}

    /** Admins, other couples' partners, other counselors: never anything. */
    record Outsider() implements Requester {}
}

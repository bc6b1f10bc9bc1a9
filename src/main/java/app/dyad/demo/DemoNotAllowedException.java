package app.dyad.demo;

/** Start-up with demo data turned on where it must never go. */
class DemoNotAllowedException extends RuntimeException {

    private final String reason;

    DemoNotAllowedException(String reason) {
        super("Demo data is only ever loaded into the embedded database, but " + reason);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}

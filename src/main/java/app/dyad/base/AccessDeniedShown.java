package app.dyad.base;

/** Published when a signed-in person is shown the access-denied page instead of the page they asked for. */
public record AccessDeniedShown(String path) {}

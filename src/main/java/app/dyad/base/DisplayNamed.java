package app.dyad.base;

/** A signed-in principal that knows how to be greeted; lets the layout show a name without knowing identity. */
public interface DisplayNamed {

    String displayName();
}

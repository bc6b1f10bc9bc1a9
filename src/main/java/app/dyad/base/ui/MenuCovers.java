package app.dyad.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @Menu} view: the pages below these paths belong to this menu entry, so the menu stays highlighted on
 * them (a case file opened from the caseload lives under another path). The view names its own pages, so the layout
 * still knows no feature.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuCovers {

    /** Paths as a route writes them (without the leading slash), matched with everything below them. */
    String[] value();
}

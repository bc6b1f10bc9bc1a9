/**
 * Logback converters that keep every entry of the application log on its own line, whatever text a person typed:
 * wired in {@code logback-spring.xml}.
 */
@NullMarked
package app.dyad.base.logging;

import org.jspecify.annotations.NullMarked;

/** Demo accounts (and later demo couples) for the default, embedded profile only. */
@NullMarked
package app.dyad.demo;

import org.jspecify.annotations.NullMarked;

/** The screens other modules contribute to the couple's page and the client's home (part of the "spi" interface). */
@NamedInterface("spi")
@NullMarked
package app.dyad.couples.spi.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

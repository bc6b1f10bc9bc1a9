/**
 * What the couples module lets other modules contribute, without depending on them: figures for the caseload
 * (homework owed, next session), here; and, in {@code spi.ui}, tabs of the couple's page and sections of the
 * client's home. A module that contributes declares {@code allowedDependencies = "couples :: spi"}.
 */
@NamedInterface("spi")
@NullMarked
package app.dyad.couples.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

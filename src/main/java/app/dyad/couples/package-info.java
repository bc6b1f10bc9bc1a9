/** Couples (cases), their partners and caseloads. The foundation ships the two role homes. */
@NullMarked
package app.dyad.couples;

import org.jspecify.annotations.NullMarked;

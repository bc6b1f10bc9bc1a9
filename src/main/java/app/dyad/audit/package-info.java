/** The append-only audit trail: who read or changed what, who was refused, who signed in. */
@NullMarked
package app.dyad.audit;

import org.jspecify.annotations.NullMarked;

/** Sessions: the counselor's appointments with a couple, the note of each, its signature and addenda. */
@NullMarked
package app.dyad.sessions;

import org.jspecify.annotations.NullMarked;

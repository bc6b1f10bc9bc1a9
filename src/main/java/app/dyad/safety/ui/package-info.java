/** The partners' private channel and quick exit, and the counselor's Private messages tab. */
@NullMarked
package app.dyad.safety.ui;

import org.jspecify.annotations.NullMarked;

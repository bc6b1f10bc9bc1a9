/** The application frame and the views every role shares: layout, access denied, not found, error handling. */
@NullMarked
package app.dyad.base.ui;

import org.jspecify.annotations.NullMarked;

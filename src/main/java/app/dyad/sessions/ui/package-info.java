@NullMarked
package app.dyad.sessions.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.dyad.checkins.ui;

import org.jspecify.annotations.NullMarked;

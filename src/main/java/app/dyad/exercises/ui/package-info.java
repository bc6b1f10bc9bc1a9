@NullMarked
package app.dyad.exercises.ui;

import org.jspecify.annotations.NullMarked;

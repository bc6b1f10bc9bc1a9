@NullMarked
package app.dyad.couples.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.dyad.audit.ui;

import org.jspecify.annotations.NullMarked;

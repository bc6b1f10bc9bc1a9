@NullMarked
package app.dyad.mail.ui;

import org.jspecify.annotations.NullMarked;

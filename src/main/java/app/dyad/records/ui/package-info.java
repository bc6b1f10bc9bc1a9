/** The client home's "your record" download and the couple page's "Record…" dialog. */
@NullMarked
package app.dyad.records.ui;

import org.jspecify.annotations.NullMarked;

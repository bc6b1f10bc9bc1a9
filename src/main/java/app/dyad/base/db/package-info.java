/** Database plumbing: the embedded MariaDB of the default profile and the prod profile's settings check. */
@NullMarked
package app.dyad.base.db;

import org.jspecify.annotations.NullMarked;

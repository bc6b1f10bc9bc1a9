/** Sign-in, invitation acceptance, own account and the admin's account management. */
@NullMarked
package app.dyad.identity.ui;

import org.jspecify.annotations.NullMarked;

/** Accounts, roles, password policy and hashing, sign-in and lockout, one-time invitation links. */
@NullMarked
package app.dyad.identity;

import org.jspecify.annotations.NullMarked;

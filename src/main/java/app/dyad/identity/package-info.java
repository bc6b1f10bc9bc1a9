/** Accounts, roles, password policy and hashing, sign-in and lockout, one-time invitation links. Depends on base only. */
@ApplicationModule(allowedDependencies = {"base"})
@NullMarked
package app.dyad.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

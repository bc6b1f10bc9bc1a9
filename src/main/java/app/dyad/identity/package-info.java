/**
 * Accounts, roles, password policy and hashing, sign-in and lockout, one-time links sent by mail, each person's
 * reminder choices. Tells mail who a reminder goes to (mail :: spi).
 */
@ApplicationModule(allowedDependencies = {"base", "mail", "mail :: spi"})
@NullMarked
package app.dyad.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

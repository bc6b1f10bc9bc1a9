package app.dyad.identity;

/** A session's principal, whichever step of signing in it is at: it names one account. */
interface AccountPrincipal {

    long accountId();
}

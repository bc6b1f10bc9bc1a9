package app.dyad.identity;

import app.dyad.base.DisplayNamed;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. Equal by account id only, so the session registry finds every
 * session of a person even after their name or email changed. Carries no password.
 */
public final class SignedInUser implements UserDetails, DisplayNamed, AccountPrincipal {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Role role;

    SignedInUser(long accountId, String email, String displayName, Role role) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SignedInUser[id=" + accountId + "]";
    }
}

package app.dyad.identity;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a sign-in attempt comes from, as the per-address ceiling counts it ({@link SignInThrottle}). The address is
 * the request's remote address: behind the clinic's reverse proxy Tomcat's {@code RemoteIpValve} has already put the
 * real client there, and nothing here reads a forwarding header itself (one a client could forge).
 *
 * <p>An IPv4 address counts on its own; an IPv6 address counts by its /64 network, because one home or mobile
 * connection is handed a whole /64 and could otherwise spray from 2^64 addresses, each with a fresh allowance.
 */
record ClientAddress(String key) {

    /** Longest key: an IPv6 address with all eight groups written out (the /64 form is shorter). */
    static final int MAX_LENGTH = 45;

    /**
     * The address of the attempt: from the authentication's details (Spring's login filter, which Vaadin's login
     * form posts to, fills them), else from the request being served. Empty for a sign-in made by the application
     * itself outside any request (the demo data's), which no one outside can make.
     */
    static Optional<ClientAddress> of(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return Optional.of(of(details.getRemoteAddress()));
        }
        return ofCurrentRequest();
    }

    /** The address of the request being served (a page's server round trip, say); empty outside any request. */
    static Optional<ClientAddress> ofCurrentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return Optional.of(of(request.getRequest().getRemoteAddr()));
        }
        return Optional.empty();
    }

    static ClientAddress of(String remoteAddress) {
        // a colon only ever appears in an IPv6 literal, so this never looks a name up in DNS
        if (remoteAddress.indexOf(':') >= 0) {
            try {
                if (InetAddress.getByName(remoteAddress) instanceof Inet6Address v6) {
                    return new ClientAddress(network64(v6.getAddress()));
                }
            } catch (UnknownHostException notAnAddress) {
                // kept as given, clipped: it still counts, under its own text
            }
        }
        return new ClientAddress(
                remoteAddress.length() > MAX_LENGTH ? remoteAddress.substring(0, MAX_LENGTH) : remoteAddress);
    }

    private static String network64(byte[] bytes) {
        StringBuilder network = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            int value = ((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff);
            network.append(Integer.toHexString(value)).append(':');
        }
        return network.append(":/64").toString();
    }
}

package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ClientAddressTest {

    @Test
    void anIpv4AddressCountsOnItsOwn() {
        assertThat(ClientAddress.of("203.0.113.7").key()).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("203.0.113.8")).isNotEqualTo(ClientAddress.of("203.0.113.7"));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64() {
        ClientAddress one = ClientAddress.of("2001:db8:1:2:aaaa::1");
        assertThat(one.key()).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).isEqualTo(one);
        assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(one);
    }

    @Test
    void theAddressComesFromTheLoginFormsDetails() {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("someone@clinic.test", "pw");
        attempt.setDetails(new WebAuthenticationDetails("198.51.100.4", null));
        assertThat(ClientAddress.of(attempt)).contains(new ClientAddress("198.51.100.4"));
    }

    @Test
    void aSignInMadeOutsideAnyRequestHasNoAddress() {
        assertThat(ClientAddress.of(UsernamePasswordAuthenticationToken.unauthenticated("demo@clinic.test", "pw")))
                .isEmpty();
    }
}

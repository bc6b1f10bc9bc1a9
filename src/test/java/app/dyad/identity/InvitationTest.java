package app.dyad.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
    private final UserAccount account = new UserAccount("new@clinic.test", "New Person", Role.CLIENT, clock.instant());

    @Test
    void isUsableForSeventyTwoHoursAndNotAMomentLonger() {
        Invitation invitation = new Invitation(account, "hash", clock.instant());
        assertThat(invitation.isUsableAt(
                        clock.instant().plus(Duration.ofHours(72)).minusSeconds(1)))
                .isTrue();
        assertThat(invitation.isUsableAt(clock.instant().plus(Duration.ofHours(72))))
                .isFalse();
    }

    @Test
    void canBeUsedOnlyOnce() {
        Invitation invitation = new Invitation(account, "hash", clock.instant());
        invitation.use(clock.instant().plusSeconds(60));
        assertThat(invitation.isUsableAt(clock.instant().plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> invitation.use(clock.instant().plusSeconds(62)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExpiredLinkCannotBeUsed() {
        Invitation invitation = new Invitation(account, "hash", clock.instant());
        assertThatThrownBy(() -> invitation.use(clock.instant().plus(Duration.ofDays(4))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRevokedLinkCannotBeUsed() {
        Invitation invitation = new Invitation(account, "hash", clock.instant());
        invitation.revoke(clock.instant().plusSeconds(5));
        assertThat(invitation.isUsableAt(clock.instant().plusSeconds(6))).isFalse();
    }

    @Test
    void tokensAreRandomAndStoredOnlyAsTheirHash() {
        String token = InvitationTokens.newToken();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(InvitationTokens.newToken());
        assertThat(InvitationTokens.hash(token)).hasSize(64).doesNotContain(token);
    }
}

package app.dyad.mail;

import app.dyad.mail.spi.ReminderKind;
import app.dyad.mail.spi.ReminderSource;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every kind of reminder the modules contribute (through their {@link ReminderSource}), in a stable order. */
@Component
class ReminderKinds {

    private final List<ReminderSource> sources;

    ReminderKinds(List<ReminderSource> sources) {
        this.sources = sources;
    }

    List<ReminderSource> sources() {
        return sources;
    }

    /** The kinds for a role ({@code CLIENT}, {@code COUNSELOR}); an admin has none. */
    List<ReminderKind> forAudience(String role) {
        return sources.stream()
                .flatMap(source -> source.kinds().stream())
                .filter(kind -> kind.audience().equals(role))
                .toList();
    }

    Optional<ReminderKind> byCode(String code) {
        return sources.stream()
                .flatMap(source -> source.kinds().stream())
                .filter(kind -> kind.code().equals(code))
                .findFirst();
    }
}

package app.dyad.sessions;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.CommandValidator;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CouplePartners;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What makes a session plan valid for its couple, and when it starts in the clinic's time. */
@Component
class SessionPlans {

    private final CommandValidator validator;
    private final ClinicCalendar calendar;

    SessionPlans(CommandValidator validator, ClinicCalendar calendar) {
        this.validator = validator;
        this.calendar = calendar;
    }

    /** Its fields, an attendee who belongs to the couple, and a web link for a video session. */
    void validate(SessionPlan plan, CouplePartners couple) {
        validator.validate(plan);
        if (plan.attendeePartnerId() != null && !couple.contains(plan.attendeePartnerId())) {
            throw InvalidInputException.of("attendeePartnerId", "session.attendee-unknown");
        }
        if (plan.format() == SessionFormat.VIDEO
                && plan.place() != null
                && !plan.place().isBlank()
                && !isWebLink(plan.place().strip())) {
            throw InvalidInputException.of("place", "session.video-link-invalid");
        }
    }

    Instant startOf(SessionPlan plan) {
        return startOf(plan, Objects.requireNonNull(plan.date()));
    }

    /** When the plan starts on another day (an occurrence of a series): same clinic time, whatever the clock change. */
    Instant startOf(SessionPlan plan, LocalDate day) {
        return calendar.at(day, Objects.requireNonNull(plan.start()));
    }

    /** A new scheduled session of the couple from a validated plan, on the given day. */
    CounsellingSession newSession(long coupleId, SessionPlan plan, LocalDate day, long scheduledBy, Instant now) {
        return new CounsellingSession(
                coupleId,
                startOf(plan, day),
                Duration.ofMinutes(Objects.requireNonNull(plan.durationMinutes())),
                Objects.requireNonNull(plan.format()),
                blankToNull(plan.place()),
                plan.attendeePartnerId(),
                scheduledBy,
                now);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isWebLink(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException notALink) {
            return false;
        }
    }
}

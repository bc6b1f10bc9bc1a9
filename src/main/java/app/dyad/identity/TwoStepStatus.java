package app.dyad.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's own two-step sign-in: on since when, recovery codes left, and whether the clinic requires it. */
public record TwoStepStatus(@Nullable Instant onSince, int recoveryCodesLeft, boolean required) {

    public boolean isOn() {
        return onSince != null;
    }
}

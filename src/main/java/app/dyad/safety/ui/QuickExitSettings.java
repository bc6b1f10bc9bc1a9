package app.dyad.safety.ui;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where "Leave quickly" sends a client: a neutral site each clinic chooses ({@code DYAD_QUICK_EXIT_URL}), checked at
 * start-up so a typo fails there and not in the moment someone needs it.
 */
@Component
class QuickExitSettings {

    private final URI neutralSite;

    QuickExitSettings(@Value("${dyad.quick-exit-url}") String neutralSite) {
        URI uri = URI.create(neutralSite.strip());
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalStateException(
                    "DYAD_QUICK_EXIT_URL must be a full http(s) address of a neutral site, e.g. https://www.bbc.com/weather");
        }
        this.neutralSite = uri;
    }

    URI neutralSite() {
        return neutralSite;
    }
}

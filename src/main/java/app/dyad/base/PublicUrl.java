package app.dyad.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute links to Dyad pages, for invitations and later e-mails; read per call so a random test port works. */
@Component
public class PublicUrl {

    private final Environment environment;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    /** The absolute address of a path such as {@code invitation/abc}. */
    public String of(String path) {
        String base = environment.getRequiredProperty("dyad.public-url").replaceAll("/+$", "");
        return base + "/" + path.replaceAll("^/+", "");
    }
}

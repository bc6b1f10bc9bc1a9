package app.dyad.demo;

import app.dyad.safety.NewPrivateMessage;
import app.dyad.safety.PrivateChannel;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A demo private message through the real service: Kai has written to Jon, asking for a session alone, so Jon's
 * caseload, agenda and couple page show the flag. Maya's Alex & Sam have none: writing one is for the demo to try.
 */
@Component
@ConditionalOnProperty(name = "dyad.demo.enabled", havingValue = "true")
class DemoPrivateMessages {

    private final PrivateChannel channel;

    DemoPrivateMessages(PrivateChannel channel) {
        this.channel = channel;
    }

    void seed(BiConsumer<String, Runnable> as) {
        as.accept(
                "kai@dyad.demo",
                () -> channel.send(new NewPrivateMessage(
                        UUID.randomUUID(),
                        "Could we talk without Robin next time? There are things I cannot say with them in the room.",
                        false,
                        true,
                        false,
                        true)));
    }
}

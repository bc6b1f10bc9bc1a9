package app.dyad.mail.ui;

import app.dyad.mail.Unsubscribe;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The address in a reminder's {@code List-Unsubscribe} header. A mail program that offers its own "Unsubscribe" button
 * posts {@code List-Unsubscribe=One-Click} here (RFC 8058): no session, no CSRF token, no page; the signed token is
 * the whole authority, and it can only turn off one kind of reminder for one person (the security configuration
 * exempts this path, and only this path, from the CSRF check). A program that opens the address instead is sent to
 * the ordinary unsubscribe page. Plain Spring MVC: a POST is not a page, and Vaadin serves pages only.
 */
@RestController
class OneClickUnsubscribe {

    private final Unsubscribe unsubscribe;

    OneClickUnsubscribe(Unsubscribe unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @PostMapping(Unsubscribe.ONE_CLICK_PATH + "{token}")
    ResponseEntity<String> oneClick(@PathVariable String token) {
        return unsubscribe
                .turnOff(token)
                .map(kind ->
                        ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Unsubscribed"))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.TEXT_PLAIN)
                        .body("Unknown link"));
    }

    @GetMapping(Unsubscribe.ONE_CLICK_PATH + "{token}")
    ResponseEntity<Void> opened(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                // relative to this address, so no Host header (which a client chooses) goes into it
                .location(URI.create("../../" + Unsubscribe.PAGE_PATH + token))
                .build();
    }
}

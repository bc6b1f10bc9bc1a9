package app.dyad.safety.ui;

import app.dyad.base.ui.QuickExit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Leave quickly": the browser replaces the page it shows with this address, which ends the session (the same way as
 * signing out, so nothing tells the two apart) and answers with the neutral site. The browser's history then holds the
 * neutral site where Dyad was; {@code Clear-Site-Data} drops Dyad's cached pages and cookie too. A GET on purpose: a
 * replaced location cannot post, and the worst another site can do with it is sign someone out.
 */
@RestController
class LeaveQuickly {

    private final QuickExitSettings settings;

    LeaveQuickly(QuickExitSettings settings) {
        this.settings = settings;
    }

    @GetMapping(QuickExit.PATH)
    ResponseEntity<Void> leave(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(settings.neutralSite())
                .header("Clear-Site-Data", "\"cache\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}

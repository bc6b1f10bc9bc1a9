package app.dyad.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The part of "forgot your password?" that depends on whether the address is an account: looking it up and, if it
 * is an active one, mailing a fresh link. It runs on a thread of its own, after the page has answered, so the
 * visitor's request does the same work, and takes the same time, for an address that is an account and one that is
 * not. One thread, a bounded queue: the throttle keeps the work small, and a burst beyond the queue is dropped (the
 * answer was the same anyway).
 *
 * <p>The account gets at most {@value #LINKS_PER_HOUR} links in a rolling hour, counted on the account, not on the
 * typed address: the lookup ignores accents and case, so "ánna@x" and "ànna@x" are two addresses to the throttle but
 * one mailbox, which must not be flooded nor have its link revoked again and again.
 *
 * <p>The link only lets the person choose a new password: their sessions go on until they do (then {@link
 * InvitationService#acceptInvitation} ends them), and it must never remove or bypass a second sign-in factor (the
 * MFA issue, 13): a mailbox is one factor, not two.
 */
@Component
class ResetMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ResetMailer.class);
    private static final int QUEUE = 200;
    static final int LINKS_PER_HOUR = 3;

    private final UserAccountRepository accounts;
    private final InvitationMails mails;
    private final InvitationRepository invitations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService executor;

    ResetMailer(
            UserAccountRepository accounts,
            InvitationMails mails,
            InvitationRepository invitations,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.accounts = accounts;
        this.mails = mails;
        this.invitations = invitations;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(QUEUE),
                task -> {
                    Thread thread = new Thread(task, "forgotten-password-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                (task, pool) -> log.warn("Forgotten-password queue full: a request was dropped"));
    }

    /** Looks the address up later, off the caller's thread; mails a link if it is an active account. */
    void later(String normalisedEmail) {
        executor.execute(() -> {
            try {
                transactions.executeWithoutResult(status -> send(normalisedEmail));
            } catch (RuntimeException failed) {
                log.warn(
                        "Forgotten-password mail could not be queued: {}",
                        failed.getClass().getSimpleName());
            }
        });
    }

    private void send(String normalisedEmail) {
        accounts.findByEmail(normalisedEmail)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .filter(this::mayHaveAnotherLink)
                .ifPresent(account -> {
                    mails.send(account);
                    events.publishEvent(new AccountChanged(
                            account.id(), account.email(), "password reset link mailed on request (forgotten)"));
                });
    }

    private boolean mayHaveAnotherLink(UserAccount account) {
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        return invitations.countByAccountAndCreatedAtAfter(account, hourAgo) < LINKS_PER_HOUR;
    }

    /** Waits until every request handed over so far is done (tests; the queue is first in, first out). */
    void awaitIdle(Duration timeout) throws Exception {
        executor.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}

package app.dyad.safety;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.CommandReceipts;
import app.dyad.base.CommandValidator;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.ClientCase;
import app.dyad.identity.AccountNames;
import app.dyad.identity.CurrentUser;
import app.dyad.mail.MailHolds;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's private channel to their couple's counselor: send a message (with or without keeping it on their own
 * pages), read the counselor's answers and take them off the page, ask for no e-mail and undo that. Clients only, and
 * each call reaches the caller's own messages only: nothing here reads or reveals anything of the other partner.
 */
@Service
@PreAuthorize("hasRole('CLIENT')")
public class PrivateChannel {

    /** How many of their own kept messages a partner's page lists (newest first). */
    static final int KEPT_SHOWN = 20;

    private final SafetyMessageRepository messages;
    private final SafetyReplyRepository replies;
    private final CaseAccess access;
    private final AccountNames names;
    private final MailHolds mailHolds;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final CommandValidator validator;
    private final CommandReceipts receipts;
    private final Clock clock;

    PrivateChannel(
            SafetyMessageRepository messages,
            SafetyReplyRepository replies,
            CaseAccess access,
            AccountNames names,
            MailHolds mailHolds,
            AuditTrail audit,
            CurrentUser currentUser,
            CommandValidator validator,
            CommandReceipts receipts,
            Clock clock) {
        this.messages = messages;
        this.replies = replies;
        this.access = access;
        this.names = names;
        this.mailHolds = mailHolds;
        this.audit = audit;
        this.currentUser = currentUser;
        this.validator = validator;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** The caller's own channel: their counselor's name, what they kept, the answers on their page, the mail hold. */
    @Transactional(readOnly = true)
    public MyChannel open() {
        ClientCase me = access.clientCase(AuditAction.PRIVATE_MESSAGE_READ);
        String counselor = counselorName(me);
        List<MySentMessage> kept = messages.keptBy(me.partnerId(), PageRequest.of(0, KEPT_SHOWN)).stream()
                .map(m -> new MySentMessage(
                        m.id(),
                        m.sentAt(),
                        m.body(),
                        m.unsafeAtHome(),
                        m.wantsOwnSession(),
                        m.noEmail(),
                        m.acknowledgedAt() != null))
                .toList();
        List<SafetyReply> shown = replies.shownTo(me.partnerId());
        Set<Long> keptIds = messages.keptIdsAmong(
                me.partnerId(),
                shown.stream().map(SafetyReply::messageId).distinct().toList());
        var counselors =
                names.of(shown.stream().map(SafetyReply::counselorId).distinct().toList());
        List<MyReply> answers = shown.stream()
                .map(r -> new MyReply(
                        r.id(),
                        r.sentAt(),
                        counselors.getOrDefault(r.counselorId(), counselor),
                        r.body(),
                        keptIds.contains(r.messageId())))
                .toList();
        return new MyChannel(
                counselor, kept, answers, mailHolds.isHeld(currentUser.require().accountId()), !kept.isEmpty());
    }

    /**
     * Sends a message to the couple's current counselor; a repeat of the same command (double click) sends nothing
     * more. Asking for no e-mail holds every mail to the caller from now on, queued ones included.
     */
    @Transactional
    public void send(NewPrivateMessage message) {
        validator.validate(message);
        if (!message.saysSomething()) {
            throw InvalidInputException.of("text", "safety.validation.empty");
        }
        ClientCase me = access.clientCase(AuditAction.PRIVATE_MESSAGE_SENT);
        long account = currentUser.require().accountId();
        if (receipts.claim(message.commandId(), "PRIVATE_MESSAGE_SENT", account).isPresent()) {
            return;
        }
        SafetyMessage saved = messages.save(new SafetyMessage(me.coupleId(), me.partnerId(), message, clock.instant()));
        if (message.noEmail()) {
            mailHolds.hold(account);
        }
        receipts.done(message.commandId(), String.valueOf(saved.id()));
        audit.recordChange(AuditAction.PRIVATE_MESSAGE_SENT, me.coupleId(), me.partnerId(), null);
    }

    /** Takes one of the counselor's answers off the caller's page (the counselor still sees it was sent). */
    @Transactional
    public void removeReply(long replyId) {
        ClientCase me = access.clientCase(AuditAction.PRIVATE_CHANNEL_CHANGED);
        if (!replies.isTo(replyId, me.partnerId())) {
            throw access.denied(AuditAction.PRIVATE_CHANNEL_CHANGED, null);
        }
        replies.findById(replyId).orElseThrow().remove(clock.instant());
        audit.recordChange(AuditAction.PRIVATE_CHANNEL_CHANGED, me.coupleId(), me.partnerId(), "reply removed");
    }

    /** Takes one of the caller's own kept messages off their pages (the counselor still reads it). */
    @Transactional
    public void removeKept(long messageId) {
        ClientCase me = access.clientCase(AuditAction.PRIVATE_CHANNEL_CHANGED);
        SafetyMessage message = messages.findById(messageId)
                .filter(m -> m.partnerId() == me.partnerId())
                .orElseThrow(() -> access.denied(AuditAction.PRIVATE_CHANNEL_CHANGED, null));
        message.forgetOnSendersSide();
        audit.recordChange(AuditAction.PRIVATE_CHANNEL_CHANGED, me.coupleId(), me.partnerId(), "copy removed");
    }

    /** E-mail may reach the caller again (what was dropped while held does not come back). */
    @Transactional
    public void allowEmailAgain() {
        ClientCase me = access.clientCase(AuditAction.PRIVATE_CHANNEL_CHANGED);
        mailHolds.release(currentUser.require().accountId());
        audit.recordChange(AuditAction.PRIVATE_CHANNEL_CHANGED, me.coupleId(), me.partnerId(), "e-mail allowed");
    }

    private String counselorName(ClientCase me) {
        return names.of(List.of(me.counselorId())).getOrDefault(me.counselorId(), "");
    }
}

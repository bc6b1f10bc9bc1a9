package app.dyad.safety;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.CommandReceipts;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.CouplePartners;
import app.dyad.identity.AccountNames;
import app.dyad.identity.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselor's side of the partners' private channel: the couple's messages (who, when, the wishes — the text only
 * when one is opened, and that read is audited), acknowledging, and a private answer to the sender alone. Only the
 * couple's current counselor: another counselor, a client and an admin are refused, and the refusal is audited.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class PrivateMessages {

    private final SafetyMessageRepository messages;
    private final SafetyReplyRepository replies;
    private final CaseAccess access;
    private final AccountNames names;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final CommandReceipts receipts;
    private final Clock clock;

    PrivateMessages(
            SafetyMessageRepository messages,
            SafetyReplyRepository replies,
            CaseAccess access,
            AccountNames names,
            AuditTrail audit,
            CurrentUser currentUser,
            CommandReceipts receipts,
            Clock clock) {
        this.messages = messages;
        this.replies = replies;
        this.access = access;
        this.names = names;
        this.audit = audit;
        this.currentUser = currentUser;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** One page of the couple's messages, newest first, without their text. */
    @Transactional(readOnly = true)
    public List<PrivateMessageRow> list(long coupleId, Pageable pageable) {
        CouplePartners partners = access.partnersForCounselor(coupleId, AuditAction.PRIVATE_MESSAGE_READ);
        return messages.ofCouple(coupleId, Paging.clamp(pageable)).stream()
                .map(m -> row(m, partners))
                .toList();
    }

    /** How many messages the couple's partners sent. */
    @Transactional(readOnly = true)
    public long count(long coupleId) {
        access.requireCounselorOf(coupleId, AuditAction.PRIVATE_MESSAGE_READ);
        return messages.countOfCouple(coupleId);
    }

    /** One message with its text and answers; the read is audited. */
    @Transactional(readOnly = true)
    public PrivateMessageDetails read(long messageId) {
        SafetyMessage message = ownMessage(messageId, AuditAction.PRIVATE_MESSAGE_READ);
        CouplePartners partners = access.partnersForCounselor(message.coupleId(), AuditAction.PRIVATE_MESSAGE_READ);
        List<SafetyReply> answers = replies.toMessage(messageId);
        List<Long> people =
                new ArrayList<>(answers.stream().map(SafetyReply::counselorId).toList());
        if (message.acknowledgedBy() != null) {
            people.add(message.acknowledgedBy());
        }
        Map<Long, String> named = people.isEmpty()
                ? Map.of()
                : names.of(people.stream().distinct().toList());
        audit.recordRead(AuditAction.PRIVATE_MESSAGE_READ, message.coupleId(), message.partnerId());
        return new PrivateMessageDetails(
                row(message, partners),
                message.body(),
                message.acknowledgedBy() == null ? null : named.getOrDefault(message.acknowledgedBy(), ""),
                answers.stream()
                        .map(r -> new PrivateMessageDetails.ReplyLine(
                                r.sentAt(), named.getOrDefault(r.counselorId(), ""), r.body(), r.removedAt() != null))
                        .toList());
    }

    /**
     * Marks the message as seen and taken care of: its flag leaves the caseload, agenda and session page. The version
     * is the one the counselor read; if a colleague's tab acknowledged it meanwhile, nothing changes.
     */
    @Transactional
    public void acknowledge(long messageId, long expectedVersion) {
        SafetyMessage message = ownMessage(messageId, AuditAction.PRIVATE_MESSAGE_ACKNOWLEDGED);
        if (message.acknowledgedAt() != null) {
            return;
        }
        EditConflictException.check(expectedVersion, message.getVersion(), "private message");
        message.acknowledge(currentUser.require().accountId(), clock.instant());
        audit.recordChange(AuditAction.PRIVATE_MESSAGE_ACKNOWLEDGED, message.coupleId(), message.partnerId(), null);
    }

    /** A private answer to the message's sender only; a repeat of the same command sends nothing more. */
    @Transactional
    public void reply(long messageId, UUID commandId, String text) {
        if (text.isBlank()) {
            throw InvalidInputException.of("reply", "safety.validation.reply-empty");
        }
        if (text.strip().length() > SafetyMessage.BODY_MAX_LENGTH) {
            throw InvalidInputException.of("reply", InvalidInputException.TOO_LONG, SafetyMessage.BODY_MAX_LENGTH);
        }
        SafetyMessage message = ownMessage(messageId, AuditAction.PRIVATE_REPLY_SENT);
        long me = currentUser.require().accountId();
        if (receipts.claim(commandId, "PRIVATE_REPLY_SENT", me).isPresent()) {
            return;
        }
        SafetyReply saved = replies.save(new SafetyReply(messageId, me, text, clock.instant()));
        receipts.done(commandId, String.valueOf(saved.id()));
        audit.recordChange(AuditAction.PRIVATE_REPLY_SENT, message.coupleId(), message.partnerId(), null);
    }

    /** The message, if the caller counsels its couple now; refused and audited the same way whether it exists or not. */
    private SafetyMessage ownMessage(long messageId, AuditAction action) {
        SafetyMessage message = messages.findById(messageId).orElseThrow(() -> access.denied(action, null));
        if (!access.isCounselorOf(message.coupleId())) {
            throw access.denied(action, message.coupleId());
        }
        return message;
    }

    private static PrivateMessageRow row(SafetyMessage m, CouplePartners partners) {
        String name = partners.contains(m.partnerId()) ? partners.nameOf(m.partnerId()) : "";
        return new PrivateMessageRow(
                m.id(),
                m.getVersion(),
                m.partnerId(),
                name,
                m.sentAt(),
                m.unsafeAtHome(),
                m.wantsOwnSession(),
                m.noEmail(),
                m.senderKeeps(),
                m.acknowledgedAt());
    }
}

package app.dyad.safety;

import java.util.List;

/**
 * A partner's private channel: who reads it, what they kept of their own messages, the answers still on their page,
 * and whether mail to them is held. Nothing in it ever comes from, or depends on, the other partner.
 */
public record MyChannel(
        String counselorName, List<MySentMessage> kept, List<MyReply> replies, boolean mailHeld, boolean sentBefore) {}

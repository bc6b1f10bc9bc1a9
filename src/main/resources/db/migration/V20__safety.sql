-- A partner's private channel to the couple's counselor (issue 15). Only the couple's current counselor reads these
-- rows; the other partner and the admin never learn of them, not even how many there are.

-- One message from one partner. sender_keeps is false when the sender chose to keep no history on their side: the
-- counselor still reads it, the sender's own pages never show it again.
create table safety_message (
    id                    bigint        not null auto_increment,
    version               bigint        not null,
    couple_id             bigint        not null,
    partner_id            bigint        not null,
    body                  varchar(4000) not null,
    unsafe_at_home        bit           not null,
    wants_own_session     bit           not null,
    no_email              bit           not null,
    sender_keeps          bit           not null,
    sent_at               datetime(6)   not null,
    acknowledged_by       bigint        null,
    acknowledged_at       datetime(6)   null,
    primary key (id),
    -- the caseload, agenda and pre-session flags: a couple's messages not acknowledged yet
    key ix_safety_message_open (couple_id, acknowledged_at, sent_at),
    -- the sender's own page: their messages, newest first
    key ix_safety_message_sender (partner_id, sent_at),
    constraint fk_safety_message_couple foreign key (couple_id) references couple (id),
    constraint fk_safety_message_partner foreign key (partner_id) references partner (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The counselor's private answer to one message, shown to its sender only until they remove it from their page.
create table safety_reply (
    id              bigint        not null auto_increment,
    version         bigint        not null,
    message_id      bigint        not null,
    counselor_id    bigint        not null,
    body            varchar(4000) not null,
    sent_at         datetime(6)   not null,
    removed_at      datetime(6)   null,
    primary key (id),
    key ix_safety_reply_message (message_id, sent_at),
    constraint fk_safety_reply_message foreign key (message_id) references safety_message (id),
    constraint fk_safety_reply_counselor foreign key (counselor_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- "Please don't contact me by e-mail": while a row exists, no mail of any kind is queued or sent to this account.
create table mail_hold (
    account_id bigint      not null,
    since      datetime(6) not null,
    primary key (account_id),
    constraint fk_mail_hold_account foreign key (account_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Mail goes out through an outbox (mail.Outbox): a row written in the transaction of the change that causes it, so a
-- rolled-back change sends nothing, and delivered by a scheduled sender (mail.MailDelivery) with retries. A reminder
-- carries a unique key (kind, person, target, day): written with INSERT IGNORE, a second node or a restart cannot
-- queue it twice. Once delivered, the body (which may hold a one-time link) is erased: the table keeps who was sent
-- what kind of mail and when, for the admin's "sent at" and for support.
create table outbox_mail (
    id              bigint        not null auto_increment,
    kind            varchar(40)   not null,
    account_id      bigint        null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            mediumtext    null,
    attachment_name varchar(100)  null,
    attachment_type varchar(100)  null,
    attachment      mediumtext    null,
    unsubscribe_url varchar(500)  null,
    reference       varchar(100)  null,
    unique_key      varchar(200)  null,
    created_at      datetime(6)   not null,
    next_attempt_at datetime(6)   not null,
    claimed_until   datetime(6)   null,
    attempts        int           not null default 0,
    last_error      varchar(500)  null,
    sent_at         datetime(6)   null,
    gave_up_at      datetime(6)   null,
    primary key (id),
    unique key uk_outbox_mail_unique_key (unique_key),
    key ix_outbox_mail_due (sent_at, gave_up_at, next_attempt_at),
    key ix_outbox_mail_reference (reference, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- ShedLock's lock table (net.javacrumbs.shedlock, JDBC provider with the database's time): datetime(3), not
-- timestamp, which MariaDB would update on every write (ShedLock issue 1876).
create table shedlock (
    name       varchar(64)  not null,
    lock_until datetime(3)  not null,
    locked_at  datetime(3)  not null,
    locked_by  varchar(255) not null,
    primary key (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Each person's reminders, one row per kind they turned off or on; no row means the kind's default (on).
create table reminder_preference (
    account_id bigint      not null,
    kind       varchar(40) not null,
    enabled    boolean     not null,
    changed_at datetime(6) not null,
    primary key (account_id, kind)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The key that signs unsubscribe links, made once by the first node that needs it and shared by all nodes.
create table mail_signing_key (
    id     int           not null,
    secret varbinary(64) not null,
    primary key (id)
) engine = InnoDB;

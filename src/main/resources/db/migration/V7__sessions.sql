-- Sessions (appointments), their notes, and the addenda that correct a signed note.

create table counselling_session (
    id                  bigint        not null auto_increment,
    version             bigint        not null,
    couple_id           bigint        not null,
    starts_at           datetime(6)   not null,
    ends_at             datetime(6)   not null,
    format              varchar(16)   not null,
    place               varchar(500)  null,
    attendee_partner_id bigint        null,
    status              varchar(16)   not null,
    cancelled_by        varchar(16)   null,
    cancel_reason       varchar(1000) null,
    scheduled_by        bigint        not null,
    created_at          datetime(6)   not null,
    primary key (id),
    constraint fk_session_couple foreign key (couple_id) references couple (id),
    constraint fk_session_partner foreign key (attendee_partner_id) references partner (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A couple's sessions by time (tab, next session, previous session); the agenda's week and overlap checks.
create index ix_session_couple_start on counselling_session (couple_id, starts_at);
create index ix_session_start on counselling_session (starts_at, ends_at);

create table session_note (
    id             bigint      not null auto_increment,
    version        bigint      not null,
    session_id     bigint      not null,
    couple_id      bigint      not null,
    template       varchar(16) not null,
    sections       longtext    not null,
    author_id      bigint      not null,
    created_at     datetime(6) not null,
    updated_at     datetime(6) not null,
    signed_by      bigint      null,
    signed_at      datetime(6) null,
    content_sha256 char(64)    null,
    primary key (id),
    constraint uk_note_session unique (session_id),
    constraint fk_note_session foreign key (session_id) references counselling_session (id),
    constraint fk_note_couple foreign key (couple_id) references couple (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table note_addendum (
    id             bigint      not null auto_increment,
    version        bigint      not null,
    note_id        bigint      not null,
    text           text        not null,
    author_id      bigint      not null,
    signed_at      datetime(6) not null,
    content_sha256 char(64)    not null,
    primary key (id),
    constraint fk_addendum_note foreign key (note_id) references session_note (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_addendum_note on note_addendum (note_id, signed_at);

-- A signed note is a legal record: the database itself refuses to change or remove it, whatever the code does.
create trigger session_note_signed_no_update before update on session_note for each row
begin
    if old.signed_at is not null then
        signal sqlstate '45000' set message_text = 'A signed session note cannot be changed; add an addendum';
    end if;
end;

create trigger session_note_signed_no_delete before delete on session_note for each row
begin
    if old.signed_at is not null then
        signal sqlstate '45000' set message_text = 'A signed session note cannot be deleted';
    end if;
end;

create trigger note_addendum_signed_no_update before update on note_addendum for each row
begin
    if old.signed_at is not null then
        signal sqlstate '45000' set message_text = 'A signed addendum cannot be changed';
    end if;
end;

create trigger note_addendum_signed_no_delete before delete on note_addendum for each row
begin
    if old.signed_at is not null then
        signal sqlstate '45000' set message_text = 'A signed addendum cannot be deleted';
    end if;
end;

-- ...and the session such a note records (when, how, who) is part of the record: it no longer changes either.
create trigger counselling_session_of_signed_note_no_update before update on counselling_session for each row
begin
    if exists (select 1 from session_note n where n.session_id = old.id and n.signed_at is not null) then
        signal sqlstate '45000' set message_text = 'The session of a signed note cannot be changed';
    end if;
end;

-- Supervisor co-signature (issue 15, part 3). An admin flags counselors as supervisors and names the supervisor whose
-- co-signature a counselor's notes need; a note signed while that rule is on gets a co-signature row.

alter table user_account
    add column supervisor    boolean not null default false,
    add column supervisor_id bigint  null,
    add constraint fk_account_supervisor foreign key (supervisor_id) references user_account (id);

-- "To co-sign" finds the caller's supervisees by this.
create index ix_account_supervisor on user_account (supervisor_id);

create table note_co_signature (
    id             bigint        not null auto_increment,
    version        bigint        not null,
    note_id        bigint        not null,
    session_id     bigint        not null,
    couple_id      bigint        not null,
    supervisee_id  bigint        not null,
    note_signed_at datetime(6)   not null,
    state          varchar(16)   not null,
    answered       boolean       not null default false,
    addenda_seen   int           not null default 0,
    returned_by    bigint        null,
    returned_at    datetime(6)   null,
    return_comment text          null,
    co_signed_by   bigint        null,
    co_signed_at   datetime(6)   null,
    addenda_covered int          null,
    content_sha256 char(64)      null,
    primary key (id),
    constraint uk_co_signature_note unique (note_id),
    constraint uk_co_signature_session unique (session_id),
    constraint fk_co_signature_note foreign key (note_id) references session_note (id),
    constraint fk_co_signature_supervisee foreign key (supervisee_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The supervisor's list: the supervisees' notes in a state, oldest signature first.
create index ix_co_signature_list on note_co_signature (supervisee_id, state, note_signed_at);

-- A co-signature is final like the signature it covers.
create trigger note_co_signature_signed_no_update before update on note_co_signature for each row
begin
    if old.co_signed_at is not null then
        signal sqlstate '45000' set message_text = 'A co-signed note cannot be changed';
    end if;
end;

create trigger note_co_signature_signed_no_delete before delete on note_co_signature for each row
begin
    if old.co_signed_at is not null then
        signal sqlstate '45000' set message_text = 'A co-signature cannot be deleted';
    end if;
end;

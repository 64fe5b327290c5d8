// What the mailbox commands need (imapflow, the matching rules): built as dist/mail.js of its own
// and required on the first Check Mailbox, never at activation (mailbox.ts).
export { MailboxError, parseImapUrl, readMailbox } from '../node/mailbox';
export { findMailChanges, mailChangeEdit, mailSince } from '../core/mail/match';

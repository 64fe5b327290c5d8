// Run by mailbox.test.ts in a child process, so that everything the reader (and imapflow under it)
// might print lands in pipes the test can read: reads a mailbox with the options in the
// environment variable IFU_MAIL_CHILD (JSON) and writes the outcome to the file named there. It
// prints nothing itself.
import { writeFileSync } from 'node:fs';
import { MailboxError, readMailbox } from '../../src/node/mailbox';

const options = JSON.parse(process.env.IFU_MAIL_CHILD ?? '{}') as { url: string; password: string; since: string; out: string };
readMailbox({ url: options.url, password: options.password, since: new Date(options.since) }).then(
  (r) => writeFileSync(options.out, JSON.stringify({ ok: true, count: r.messages.length })),
  (e: unknown) => writeFileSync(options.out, JSON.stringify({ ok: false, kind: e instanceof MailboxError ? e.kind : 'other', message: String((e as Error).message) })),
);

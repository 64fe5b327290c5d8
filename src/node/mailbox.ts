// Reads the user's mailbox, read-only, over IMAP (imapflow): the envelopes of the messages in the
// Sent mailbox and in INBOX since a date. What is read: the ENVELOPE (date, subject, from, to, cc,
// message ids) and the internal date of each message; no body, no attachment. What is changed on
// the server: nothing. Both mailboxes are opened with EXAMINE (read-only), and ENVELOPE never
// sets \Seen. The password is used for LOGIN only: imapflow's logger is off, and every message
// this module produces is built here and scrubbed of the password.
//
// Failures are MailboxError, one plain line that names what failed: the URL, the connection,
// TLS, the login, a mailbox, a time limit or the message cap.
import { ImapFlow, type FetchMessageObject, type ListResponse, type MessageAddressObject } from 'imapflow';

export type MailboxKind = 'sent' | 'inbox';

export interface MailAddress {
  /** The display name, when the header had one. */
  name?: string;
  address: string;
}

export interface MailMessage {
  mailbox: MailboxKind;
  uid: number;
  /** The Date header; the internal date (when the server stored it) when the header is missing or invalid. */
  date: Date;
  /** When the server stored the message (received, or saved to Sent). */
  internalDate?: Date;
  from: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** The Message-ID header, with its angle brackets, when present. */
  messageId?: string;
  inReplyTo?: string;
  /** The display name of the first From address (for notifications "Acme via Greenhouse"). */
  senderName?: string;
}

export type MailErrorKind = 'url' | 'connection' | 'tls' | 'login' | 'mailbox' | 'timeout' | 'limit' | 'aborted';

/** A failure of readMailbox, in one plain line; `kind` says which step failed. Never contains the password. */
export class MailboxError extends Error {
  constructor(
    readonly kind: MailErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'MailboxError';
  }
}

export interface MailProgress {
  mailbox: MailboxKind;
  /** Messages of this mailbox read so far. */
  done: number;
  /** Messages of this mailbox to read. */
  total: number;
}

export interface ReadMailboxOptions {
  /** `imaps://USER@HOST[:PORT]` (TLS, certificates verified), or `imap://USER@HOST:PORT` for localhost, 127.0.0.1 and ::1 only. */
  url: string;
  password: string;
  /** Certificates (PEM) to trust instead of the system's, for a server with a private CA. */
  ca?: string | Buffer;
  /** Read the messages from this moment on (the server is asked by day, one day early; the rest is filtered here). */
  since: Date;
  signal?: AbortSignal;
  onProgress?: (progress: MailProgress) => void;
  /** For the TCP connection, TLS handshake and greeting. Default 20 s. */
  connectTimeoutMs?: number;
  /** For the whole read, login included. Default 180 s. */
  timeoutMs?: number;
  /** More messages than this in Sent and INBOX together since `since` is an error. Default 50,000. */
  maxMessages?: number;
}

export interface MailboxRead {
  messages: MailMessage[];
  /** The mailboxes read: the Sent mailbox's path as the server names it, and INBOX. */
  paths: Record<MailboxKind, string>;
}

export interface ImapTarget {
  secure: boolean;
  host: string;
  port: number;
  user: string;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 20_000;
export const DEFAULT_TIMEOUT_MS = 180_000;
export const DEFAULT_MAX_MESSAGES = 50_000;
/** The names a Sent mailbox goes by when the server does not flag it \Sent, in the order tried. */
export const SENT_NAMES = ['Sent', 'Sent Items', 'Sent Messages', '[Gmail]/Sent Mail', 'INBOX.Sent', 'INBOX/Sent'];
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const PROGRESS_EVERY = 500;
/** UIDs per FETCH command: a sparse set of 50,000 UIDs in one command would pass servers' line limits (Dovecot: 64 KB). */
const FETCH_CHUNK = 1000;
const DAY_MS = 86_400_000;

/** Parses and checks an IMAP URL; throws MailboxError('url') with the reason. */
export function parseImapUrl(url: string): ImapTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new MailboxError('url', 'Mailbox URL not understood: write imaps://USER@HOST[:PORT] (or imap://USER@localhost:PORT)');
  }
  const scheme = u.protocol.replace(/:$/, '').toLowerCase();
  if (scheme !== 'imaps' && scheme !== 'imap') {
    throw new MailboxError('url', `Mailbox URL must start with imaps:// (or imap:// for this machine), not ${scheme}://`);
  }
  if (u.password) throw new MailboxError('url', 'Mailbox URL must not contain a password: it is read from the environment or a password command');
  if (!u.username) throw new MailboxError('url', 'Mailbox URL has no user name: write imaps://USER@HOST[:PORT]');
  if ((u.pathname && u.pathname !== '/') || u.search || u.hash) {
    throw new MailboxError('url', 'Mailbox URL must be only imaps://USER@HOST[:PORT], without a path or query');
  }
  if (!u.hostname) throw new MailboxError('url', 'Mailbox URL has no host name');
  const host = u.hostname.toLowerCase();
  if (scheme === 'imap' && !LOCAL_HOSTS.has(host)) {
    throw new MailboxError('url', `Plain imap:// is refused for ${host}: the password would cross the network unencrypted; use imaps://`);
  }
  let user: string;
  try {
    user = decodeURIComponent(u.username);
  } catch {
    throw new MailboxError('url', 'Mailbox URL has a user name that is not valid percent-encoding');
  }
  return {
    secure: scheme === 'imaps',
    // imapflow and Node's net want the IPv6 literal without brackets.
    host: host.startsWith('[') ? host.slice(1, -1) : host,
    port: u.port ? Number(u.port) : scheme === 'imaps' ? 993 : 143,
    user,
  };
}

const TLS_CERT_CODES: Record<string, string> = {
  SELF_SIGNED_CERT_IN_CHAIN: 'is signed by a certificate authority this machine does not trust',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'is signed by a certificate authority this machine does not trust',
  UNABLE_TO_GET_ISSUER_CERT: 'is signed by a certificate authority this machine does not trust',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'is signed by a certificate authority this machine does not trust',
  CERT_UNTRUSTED: 'is not trusted',
  CERT_HAS_EXPIRED: 'has expired',
  CERT_NOT_YET_VALID: 'is not valid yet',
  CERT_REVOKED: 'was revoked',
  ERR_TLS_CERT_ALTNAME_INVALID: 'is not issued for this host name',
};

const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: 'nothing is listening on that port',
  ENOTFOUND: 'the host name is unknown',
  EAI_AGAIN: 'the host name could not be looked up (no network?)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  CONNECT_TIMEOUT: 'the connection timed out',
  GREETING_TIMEOUT: 'the server sent no greeting in time',
  ECONNRESET: 'the server reset the connection',
  EPIPE: 'the server closed the connection',
  EConnectionClosed: 'the server closed the connection',
  NoConnection: 'the server closed the connection',
  ClosedAfterConnectText: 'the server closed the connection right after it opened',
  ClosedAfterConnectTLS: 'the server closed the connection right after it opened',
};

interface ErrorLike {
  code?: string;
  message?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  responseText?: string;
  serverResponseCode?: string;
  _err?: unknown;
  cause?: unknown;
}

/** The error and what it wraps, outermost first. */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  let e: unknown = error;
  while (e && typeof e === 'object' && out.length < 5 && !out.includes(e as ErrorLike)) {
    out.push(e as ErrorLike);
    e = (e as ErrorLike)._err ?? (e as ErrorLike).cause;
  }
  return out;
}

function codeOf(errors: ErrorLike[], known: Record<string, string>): string | undefined {
  return errors.map((e) => e.code).find((c): c is string => typeof c === 'string' && c in known);
}

function isTls(errors: ErrorLike[]): boolean {
  return errors.some((e) => e.tlsFailed || (typeof e.code === 'string' && (e.code in TLS_CERT_CODES || e.code.startsWith('ERR_SSL_') || e.code.startsWith('ERR_TLS_'))));
}

/** The sentence for a failure while connecting and logging in (imapflow's connect() does both). */
function describeConnectError(error: unknown, target: ImapTarget): MailboxError {
  const errors = chain(error);
  const where = `${target.host}:${target.port}`;
  if (errors.some((e) => e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED')) {
    const said = errors.map((e) => e.responseText).find((t) => typeof t === 'string' && t.trim());
    return new MailboxError('login', `Login failed for ${target.user} at ${where}: the server refused the user name or password${said ? ` (${oneLine(said)})` : ''}`);
  }
  if (isTls(errors)) {
    const cert = codeOf(errors, TLS_CERT_CODES);
    if (cert) {
      const hint = cert === 'ERR_TLS_CERT_ALTNAME_INVALID' || cert === 'CERT_HAS_EXPIRED' || cert === 'CERT_NOT_YET_VALID' ? '' : '; for a server with a private CA, give its CA certificate';
      return new MailboxError('tls', `TLS failed with ${where}: the server's certificate ${TLS_CERT_CODES[cert]} (${cert})${hint}`);
    }
    const code = errors.map((e) => e.code).find(Boolean);
    return new MailboxError('tls', `TLS failed with ${where}: the secure connection could not be set up${code ? ` (${code})` : ''}; is this the server's imaps port?`);
  }
  const code = codeOf(errors, CONNECTION_CODES);
  if (code) {
    // A TLS-only port waits for a handshake and never greets a clear-text client.
    const hint = code === 'GREETING_TIMEOUT' && !target.secure ? '; if that port expects TLS, use imaps://' : '';
    return new MailboxError('connection', `Connection failed to ${where}: ${CONNECTION_CODES[code]} (${code})${hint}`);
  }
  const other = errors.map((e) => e.code).find(Boolean);
  return new MailboxError('connection', `Connection failed to ${where}: ${other ? `an unexpected error (${other})` : oneLine(errors[0]?.message ?? String(error))}`);
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function toDate(value: Date | string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function addresses(list: MessageAddressObject[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of list ?? []) {
    const address = a.address?.trim();
    if (!address) continue; // group syntax ("undisclosed-recipients:;") has no address
    const name = a.name?.trim();
    out.push(name ? { name, address } : { address });
  }
  return out;
}

function toMessage(mailbox: MailboxKind, m: FetchMessageObject): MailMessage {
  const e = m.envelope ?? {};
  const internalDate = toDate(m.internalDate);
  const date = toDate(e.date) ?? internalDate ?? new Date(0);
  const from = addresses(e.from);
  const message: MailMessage = { mailbox, uid: m.uid, date, from, to: addresses(e.to), cc: addresses(e.cc), subject: e.subject ?? '' };
  if (internalDate) message.internalDate = internalDate;
  if (e.messageId) message.messageId = e.messageId;
  if (e.inReplyTo) message.inReplyTo = e.inReplyTo;
  const senderName = from[0]?.name ?? addresses(e.sender)[0]?.name;
  if (senderName) message.senderName = senderName;
  return message;
}

/** The Sent mailbox: flagged \Sent by the server, else one of the usual names, else imapflow's guess from localized names. */
export function findSentMailbox(list: ListResponse[]): ListResponse | undefined {
  const selectable = list.filter((m) => !m.flags.has('\\Noselect') && !m.flags.has('\\NonExistent'));
  const flagged = selectable.find((m) => m.specialUse === '\\Sent' && m.specialUseSource === 'extension');
  if (flagged) return flagged;
  for (const name of SENT_NAMES) {
    const match = selectable.find((m) => m.path.toLowerCase() === name.toLowerCase());
    if (match) return match;
  }
  return selectable.find((m) => m.specialUse === '\\Sent');
}

/**
 * Reads the envelopes of the messages in Sent and INBOX since `options.since`, read-only.
 * Rejects with a MailboxError.
 */
export async function readMailbox(options: ReadMailboxOptions): Promise<MailboxRead> {
  const target = parseImapUrl(options.url);
  const password = options.password;
  const scrub = (text: string) => (password.length >= 3 ? text.split(password).join('***') : text);
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxMessages = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
  if (Number.isNaN(options.since.getTime())) throw new RangeError('readMailbox: `since` is not a valid date');
  if (options.signal?.aborted) throw new MailboxError('aborted', 'Reading the mailbox was cancelled');

  const client = new ImapFlow({
    host: target.host,
    port: target.port,
    secure: target.secure,
    // imap:// is only for this machine, and means clear text: no STARTTLS against a local bridge's own certificate.
    doSTARTTLS: target.secure ? undefined : false,
    auth: { user: target.user, pass: password },
    tls: { rejectUnauthorized: true, minVersion: 'TLSv1.2', ...(options.ca ? { ca: options.ca } : {}) },
    // No logger at all: imapflow's default logs to stdout (pino), and raw logs would carry the LOGIN.
    logger: false,
    emitLogs: false,
    logRaw: false,
    disableAutoIdle: true,
    connectionTimeout: connectTimeoutMs,
    greetingTimeout: connectTimeoutMs,
    socketTimeout: Math.max(connectTimeoutMs, Math.min(timeoutMs, 60_000)),
    clientInfo: { name: 'interview-followup' },
  });

  // Why the read was stopped from here (time limit, cancel): the error the caller gets instead of
  // the connection error that closing the client causes.
  let stopped: MailboxError | undefined;
  const stop = (reason: MailboxError) => {
    if (stopped) return;
    stopped = reason;
    client.close();
  };
  // An 'error' event without a listener would throw out of the socket callback.
  client.on('error', () => undefined);
  const timer = setTimeout(() => stop(new MailboxError('timeout', `Reading the mailbox timed out after ${Math.round(timeoutMs / 1000)} s (${target.host}:${target.port})`)), timeoutMs);
  const onAbort = () => stop(new MailboxError('aborted', 'Reading the mailbox was cancelled'));
  options.signal?.addEventListener('abort', onAbort, { once: true });

  let step: 'connect' | 'list' | MailboxKind = 'connect';
  let sentPath: string | undefined;
  const progress = { done: 0, total: 0 };
  try {
    try {
      await client.connect();
    } catch (error) {
      if (stopped) throw stopped;
      throw describeConnectError(error, target);
    }

    step = 'list';
    const list = await client.list({ listOnly: true });
    const sent = findSentMailbox(list);
    if (!sent) {
      throw new MailboxError('mailbox', `Mailbox not found: no Sent mailbox at ${target.host} (looked for the \\Sent flag and ${SENT_NAMES.map((n) => `"${n}"`).join(', ')})`);
    }
    sentPath = sent.path;
    const paths: Record<MailboxKind, string> = { sent: sent.path, inbox: 'INBOX' };
    // SEARCH SINCE compares dates only, in the server's time zone: ask from the day before, filter after.
    const serverSince = new Date(options.since.getTime() - DAY_MS);

    const uids: Record<MailboxKind, number[]> = { sent: [], inbox: [] };
    for (const kind of ['sent', 'inbox'] as const) {
      step = kind;
      const lock = await openReadOnly(client, paths[kind], target);
      try {
        const found = await client.search({ since: serverSince }, { uid: true });
        if (!Array.isArray(found)) throw new MailboxError('mailbox', `Mailbox ${paths[kind]} could not be searched: the server refused SEARCH SINCE`);
        uids[kind] = found;
      } finally {
        lock.release();
      }
    }
    const count = uids.sent.length + uids.inbox.length;
    if (count > maxMessages) {
      throw new MailboxError('limit', `Too many messages: ${count} in ${paths.sent} and INBOX since ${options.since.toISOString().slice(0, 10)}, more than the limit of ${maxMessages}; read from a later date`);
    }

    const messages: MailMessage[] = [];
    for (const kind of ['sent', 'inbox'] as const) {
      step = kind;
      progress.done = 0;
      progress.total = uids[kind].length;
      options.onProgress?.({ mailbox: kind, done: 0, total: progress.total });
      if (progress.total === 0) continue;
      const lock = await openReadOnly(client, paths[kind], target);
      try {
        for (let start = 0; start < uids[kind].length; start += FETCH_CHUNK) {
          // ENVELOPE and INTERNALDATE only: no body is fetched, so nothing can set \Seen (EXAMINE forbids it anyway).
          for await (const m of client.fetch(uids[kind].slice(start, start + FETCH_CHUNK), { uid: true, envelope: true, internalDate: true }, { uid: true })) {
            const message = toMessage(kind, m);
            if (message.date >= options.since || (message.internalDate !== undefined && message.internalDate >= options.since)) messages.push(message);
            progress.done++;
            if (progress.done % PROGRESS_EVERY === 0) options.onProgress?.({ mailbox: kind, done: progress.done, total: progress.total });
          }
          // A fetch cut short by a closed connection must not pass for a complete one.
          if (!client.usable) throw Object.assign(new Error('connection closed'), { code: 'NoConnection' });
        }
      } finally {
        lock.release();
      }
      // The last step, unless just reported; `done` stays below `total` when another client expunged a message meanwhile.
      if (progress.done % PROGRESS_EVERY !== 0) options.onProgress?.({ mailbox: kind, done: progress.done, total: progress.total });
    }
    await client.logout().catch(() => client.close());
    return { messages, paths };
  } catch (error) {
    client.close();
    if (stopped) throw stopped;
    if (error instanceof MailboxError) throw new MailboxError(error.kind, scrub(error.message));
    const errors = chain(error);
    const code = errors.map((e) => e.code).find(Boolean);
    const closed = codeOf(errors, CONNECTION_CODES) !== undefined || !client.usable;
    const box = step === 'sent' ? (sentPath ?? 'Sent') : 'INBOX';
    const what = step === 'connect' ? 'while connecting' : step === 'list' ? 'while listing the mailboxes' : `while reading ${box}${progress.total ? ` after ${progress.done} of ${progress.total} messages` : ''}`;
    if (closed) {
      throw new MailboxError('connection', scrub(`Connection failed to ${target.host}:${target.port}: the server closed the connection ${what}${code ? ` (${code})` : ''}`));
    }
    throw new MailboxError('mailbox', scrub(`Mailbox failed at ${target.host}:${target.port} ${what}: ${oneLine(errors[0]?.responseText ?? errors[0]?.message ?? String(error))}`));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** EXAMINE (read-only SELECT) through imapflow's lock; a refusal is a 'mailbox' error naming the mailbox. */
async function openReadOnly(client: ImapFlow, path: string, target: ImapTarget) {
  try {
    const lock = await client.getMailboxLock(path, { readOnly: true, description: 'interview-followup: read envelopes' });
    if (client.mailbox && client.mailbox.readOnly === false) {
      lock.release();
      throw new MailboxError('mailbox', `Mailbox ${path} at ${target.host} did not open read-only; nothing was read`);
    }
    return lock;
  } catch (error) {
    if (error instanceof MailboxError) throw error;
    const errors = chain(error);
    if (!client.usable || codeOf(errors, CONNECTION_CODES)) throw error; // reported as a connection failure
    const said = errors.map((e) => e.responseText).find((t) => typeof t === 'string' && t.trim());
    throw new MailboxError('mailbox', `Mailbox ${path} at ${target.host} could not be opened${said ? `: ${oneLine(said)}` : ''}`);
  }
}

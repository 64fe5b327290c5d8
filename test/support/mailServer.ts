// A real IMAP server for tests: Debian's Dovecot 2.3 started from a throw-away configuration in a
// temporary folder, on a free local port, with passwd-file users and a Maildir holding INBOX and
// Sent (special-use \Sent). Messages are written straight into the Maildir, so filling a mailbox
// of 10,000 messages takes no IMAP round trip. Nothing here speaks IMAP: the tests talk to the
// real server; the only thing in between is `proxy()`, a TCP relay that forwards bytes untouched
// and cuts (or stalls) the stream after a number of them, to drop a connection mid-fetch.
//
// Every server started is stopped and its folder removed by `stop()`; if a test forgets, on the
// process's exit or SIGINT/SIGTERM (synchronously); and if the process is killed outright, by a
// detached watchdog shell. So no dovecot process and no temporary folder outlive the tests.
// Runs as root (Dovecot's own users: auth as `dovecot`, mail as `nobody`) or as an ordinary user.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DOVECOT = process.env.IFU_DOVECOT ?? '/usr/sbin/dovecot';
const DOVEADM = process.env.IFU_DOVEADM ?? '/usr/bin/doveadm';

/** Why the mail tests cannot run here, or undefined when they can. */
export function mailServerUnavailable(): string | undefined {
  if (!existsSync(DOVECOT) || !existsSync(DOVEADM)) {
    return `${DOVECOT} is not installed (apt-get install -y dovecot-imapd; .ci/run installs it)`;
  }
  return undefined;
}

export type MailboxName = 'INBOX' | 'Sent';

export interface MailUser {
  user: string;
  password: string;
}

export interface MailServerOptions {
  /** Serve IMAP over TLS only (`ssl = required`, the imaps listener) with a certificate from a private CA. */
  tls?: boolean;
  users: MailUser[];
  /**
   * The Sent mailbox: its folder name and whether the server flags it \Sent (SPECIAL-USE), or
   * false for none at all. Default: "Sent", flagged.
   */
  sent?: { name: string; specialUse: boolean } | false;
}

export interface AddOptions {
  /** Maildir flags, e.g. 'S' (seen), 'RS' (answered and seen). Default: 'S' in Sent, none in INBOX. */
  flags?: string;
  /** The message's internal date (the file's mtime, what IMAP SEARCH SINCE compares). Default: its Date header, else now. */
  internalDate?: Date;
}

export interface MaildirFile {
  mailbox: MailboxName;
  name: string;
  /** The Maildir flags after ':2,' (S = seen, R = answered, F = flagged, T = deleted, D = draft). */
  flags: string;
}

export interface MailServer {
  host: string;
  port: number;
  /** The private CA's certificate (PEM file), with `tls: true`. */
  caFile?: string;
  /** The temporary folder holding configuration, log and mail. */
  dir: string;
  /** `imap://USER@127.0.0.1:PORT` or `imaps://...` for the user (encoded). */
  url(user: string): string;
  /** Writes one RFC 5322 message into the user's mailbox; returns the Maildir file name. */
  addMessage(user: string, mailbox: MailboxName, rfc822: string, options?: AddOptions): string;
  /** Writes many messages at once (one file each, no IMAP), e.g. for a mailbox of 10,000. */
  fill(user: string, mailbox: MailboxName, messages: Iterable<string>, options?: AddOptions): number;
  /** The Maildir files of a mailbox and their flags, to check that nothing was marked. */
  files(user: string, mailbox: MailboxName): MaildirFile[];
  /** Ends every IMAP session of the user (or of everyone) on the server side: `doveadm kick`. */
  dropConnections(user?: string): Promise<void>;
  /**
   * A TCP relay in front of the server. After `afterBytes` bytes from the server it either cuts
   * both sides (`mode: 'cut'`) or stops relaying the server's bytes while keeping both connections
   * open (`mode: 'stall'`; a close from the server is still passed on).
   */
  proxy(options: { afterBytes: number; mode: 'cut' | 'stall' }): Promise<Proxy>;
  /** The server's log, for a failing test's message. */
  log(): string;
  /** Stops the server and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface Proxy {
  port: number;
  /** Bytes relayed from the server so far, over all connections. */
  relayed(): number;
  /** Resolves when a connection reached `afterBytes` (and was cut or stalled). */
  reached(): Promise<void>;
  close(): Promise<void>;
}

interface Running {
  conf: string;
  dir: string;
  /** The detached shell that stops the server if this process dies without cleaning up (SIGKILL). */
  watchdog?: number;
  /** Set once the folder is removed. */
  stopped: boolean;
  stopping?: Promise<void>;
}

const running = new Set<Running>();
let exitHooked = false;

/** Stops every server still running, synchronously: for 'exit' and signals, where nothing async runs. */
function stopAllSync(): void {
  for (const r of running) stopSync(r);
}

function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', stopAllSync);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopAllSync();
      process.kill(process.pid, signal);
    });
  }
}

function masterPid(r: Running): number | undefined {
  try {
    const pid = Number(readFileSync(join(r.dir, 'run', 'master.pid'), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function stopSync(r: Running): void {
  if (r.stopped) return;
  r.stopped = true;
  running.delete(r);
  endWatchdog(r);
  const pid = masterPid(r);
  spawnSync(DOVEADM, ['-c', r.conf, 'stop'], { stdio: 'ignore', timeout: 10_000 });
  if (pid !== undefined) {
    const deadline = Date.now() + 5000;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    while (alive(pid) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 20);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(r.dir, { recursive: true, force: true });
}

/**
 * `doveadm stop`, then waits for the master to exit and removes the folder. Dovecot's master
 * sleeps about 2.5 s on its way out (it gives its log process time to drain): stop servers in
 * parallel (Promise.all) rather than one after the other.
 */
function stopAsync(r: Running): Promise<void> {
  if (r.stopped) return Promise.resolve();
  r.stopping ??= stopGracefully(r);
  return r.stopping;
}

async function stopGracefully(r: Running): Promise<void> {
  endWatchdog(r);
  const pid = masterPid(r);
  await new Promise<void>((resolve) => {
    const child = spawn(DOVEADM, ['-c', r.conf, 'stop'], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('error', () => resolve());
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  if (pid !== undefined) {
    const deadline = Date.now() + 5000;
    while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(r.dir, { recursive: true, force: true });
  r.stopped = true;
  running.delete(r);
}

// Stops the server and removes its folder once the test process ($1) is gone, for the one exit no
// handler sees: SIGKILL (a cancelled CI job, `timeout -s KILL`). It runs in a session of its own,
// so a signal to the test's process group does not reach it; stop() ends it first.
const WATCHDOG = 'while kill -0 "$1" 2>/dev/null && [ -d "$2" ]; do sleep 1; done; if [ -d "$2" ]; then "$3" -c "$2/dovecot.conf" stop; rm -rf "$2"; fi';

function startWatchdog(r: Running): void {
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'ifu-dovecot-watchdog', String(process.pid), r.dir, DOVEADM], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
  r.watchdog = child.pid;
}

function endWatchdog(r: Running): void {
  if (r.watchdog === undefined) return;
  try {
    process.kill(-r.watchdog, 'SIGTERM'); // its process group: the shell and its `sleep`
  } catch {
    // already gone
  }
  r.watchdog = undefined;
}

function ids(name: string): { uid: number; gid: number } | undefined {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function dovecotVersion(): string {
  return execFileSync(DOVECOT, ['--version'], { encoding: 'utf8' }).trim();
}

/** A private CA and a certificate for 127.0.0.1 / localhost signed by it (EC keys: fast to make). */
function makeCertificates(dir: string): { caFile: string; certFile: string; keyFile: string } {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3', '-subj', '/CN=Interview Follow-Up test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  run('req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost');
  writeFileSync(join(dir, 'server.ext'), 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n');
  run('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '3', '-extfile', 'server.ext');
  // Dovecot reads the key as root before dropping privileges; the CA key is not needed any more.
  rmSync(join(dir, 'ca.key'));
  chmodSync(join(dir, 'server.key'), 0o600);
  return { caFile: join(dir, 'ca.pem'), certFile: join(dir, 'server.pem'), keyFile: join(dir, 'server.key') };
}

function configuration(dir: string, port: number, owner: { uid: number; gid: number }, tls: { certFile: string; keyFile: string } | undefined, self: { user: string; group: string } | undefined, sent: { name: string; specialUse: boolean } | false): string {
  const lines = [
    '# Written by test/support/mailServer.ts for one test run; removed when the server stops.',
    'protocols = imap',
    'listen = 127.0.0.1',
    `base_dir = ${dir}/run`,
    `state_dir = ${dir}/state`,
    `log_path = ${dir}/dovecot.log`,
    `info_log_path = ${dir}/dovecot.log`,
    'auth_mechanisms = plain login',
    // Tests fail logins on purpose: no 2 s delay per failure, and no growing penalty for the
    // address after a failure (anvil's auth penalty, 2 to 15 s; mode 0 removes its socket).
    'auth_failure_delay = 0',
    'service anvil {',
    ...(self ? ['  chroot ='] : []),
    '  unix_listener anvil-auth-penalty {',
    '    mode = 0',
    '  }',
    '}',
    ...(tls
      ? ['ssl = required', `ssl_cert = <${tls.certFile}`, `ssl_key = <${tls.keyFile}`, ...(existsSync('/usr/share/dovecot/dh.pem') ? ['ssl_dh = </usr/share/dovecot/dh.pem'] : []), 'disable_plaintext_auth = yes']
      : ['ssl = no', 'disable_plaintext_auth = no']),
    // Running as an ordinary user: every process runs as that user, and none can chroot (below).
    ...(self ? [`default_internal_user = ${self.user}`, `default_internal_group = ${self.group}`, `default_login_user = ${self.user}`, 'first_valid_uid = 1'] : []),
    'passdb {',
    '  driver = passwd-file',
    `  args = scheme=PLAIN username_format=%u ${dir}/passwd`,
    '}',
    'userdb {',
    '  driver = static',
    `  args = uid=${owner.uid} gid=${owner.gid} home=${dir}/mail/%u`,
    '}',
    'mail_location = maildir:~/Maildir',
    'namespace inbox {',
    '  inbox = yes',
    ...(sent && sent.specialUse ? [`  mailbox "${sent.name}" {`, '    special_use = \\Sent', '  }'] : []),
    '}',
    'service imap-login {',
    ...(self ? ['  chroot ='] : []),
    '  inet_listener imap {',
    `    port = ${tls ? 0 : port}`,
    '  }',
    '  inet_listener imaps {',
    `    port = ${tls ? port : 0}`,
    '    ssl = yes',
    '  }',
    '}',
    '',
  ];
  return lines.join('\n');
}

/** Waits until the server answers on its port (a greeting, in clear or after TLS). */
async function waitForListener(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`mailServer: dovecot did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function dateHeader(rfc822: string): Date | undefined {
  const head = rfc822.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const m = /^Date:[ \t]*(.+)$/im.exec(head);
  if (!m?.[1]) return undefined;
  const d = new Date(m[1].trim());
  return Number.isNaN(d.getTime()) ? undefined : d;
}

let sequence = 0;

export async function startMailServer(options: MailServerOptions): Promise<MailServer> {
  const unavailable = mailServerUnavailable();
  if (unavailable) throw new Error(`mailServer: ${unavailable}`);
  const version = dovecotVersion();
  if (!version.startsWith('2.3.')) {
    throw new Error(`mailServer: Dovecot ${version} found; this harness writes a Dovecot 2.3 configuration (Debian 12's dovecot-imapd)`);
  }
  hookExit();
  const root = process.getuid?.() === 0;
  const id = (flag: string) => spawnSync('id', [flag], { encoding: 'utf8' }).stdout.trim();
  const self = root ? undefined : { user: id('-un'), group: id('-gn') };
  const owner = root ? (ids('nobody') ?? { uid: 65534, gid: 65534 }) : { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };

  const sent = options.sent ?? { name: 'Sent', specialUse: true };
  if (sent && !/^[\w ]+$/.test(sent.name)) throw new Error(`mailServer: a Sent mailbox name of letters, digits and spaces, not ${sent.name}`);
  const dir = mkdtempSync(join(tmpdir(), 'ifu-dovecot-'));
  // Dovecot's unprivileged processes (auth as `dovecot`, imap as `nobody`) must reach the files.
  chmodSync(dir, 0o755);
  const conf = join(dir, 'dovecot.conf');
  const r: Running = { conf, dir, stopped: false };
  running.add(r);
  try {
    const certs = options.tls ? makeCertificates(dir) : undefined;
    const port = await freePort();
    writeFileSync(join(dir, 'passwd'), options.users.map((u) => `${u.user}:{PLAIN}${u.password}\n`).join(''), { mode: 0o644 });
    mkdirSync(join(dir, 'mail'), { mode: 0o755 });
    for (const { user } of options.users) {
      for (const box of sent ? ['', `.${sent.name}`] : ['']) {
        for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(dir, 'mail', user, 'Maildir', box, sub), { recursive: true });
      }
    }
    writeFileSync(conf, configuration(dir, port, owner, certs, self, sent));
    startWatchdog(r);
    chownTree(join(dir, 'mail'), owner, root);

    // dovecot forks and returns; with inherited pipes the parent would wait for the daemon forever.
    const child = spawn(DOVECOT, ['-c', conf], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`mailServer: dovecot exited with ${code}:\n${readLog(dir)}`);
    await waitForListener(port, 10_000);

    const host = '127.0.0.1';
    const boxDir = (user: string, mailbox: MailboxName) => {
      if (mailbox === 'INBOX') return join(dir, 'mail', user, 'Maildir');
      if (!sent) throw new Error('mailServer: this server has no Sent mailbox');
      return join(dir, 'mail', user, 'Maildir', `.${sent.name}`);
    };
    const write = (user: string, mailbox: MailboxName, rfc822: string, add: AddOptions | undefined): string => {
      const flags = add?.flags ?? (mailbox === 'Sent' ? 'S' : '');
      const when = add?.internalDate ?? dateHeader(rfc822) ?? new Date();
      const name = `${Math.floor(when.getTime() / 1000)}.M${++sequence}P${process.pid}.ifu-test:2,${flags}`;
      const path = join(boxDir(user, mailbox), 'cur', name);
      writeFileSync(path, rfc822.includes('\r\n') ? rfc822 : rfc822.replace(/\n/g, '\r\n'));
      utimesSync(path, when, when);
      if (root) chownSync(path, owner.uid, owner.gid);
      return name;
    };

    const server: MailServer = {
      host,
      port,
      dir,
      ...(certs ? { caFile: certs.caFile } : {}),
      url: (user) => `${options.tls ? 'imaps' : 'imap'}://${encodeURIComponent(user)}@${host}:${port}`,
      addMessage: (user, mailbox, rfc822, add) => write(user, mailbox, rfc822, add),
      fill(user, mailbox, messages, add) {
        let n = 0;
        for (const m of messages) {
          write(user, mailbox, m, add);
          n++;
        }
        return n;
      },
      files(user, mailbox) {
        const cur = join(boxDir(user, mailbox), 'cur');
        const newDir = join(boxDir(user, mailbox), 'new');
        return [...readdirSync(cur), ...readdirSync(newDir)].map((name) => ({ mailbox, name, flags: name.split(':2,')[1] ?? '' }));
      },
      async dropConnections(user) {
        await new Promise<void>((resolve, reject) => {
          const kick = spawn(DOVEADM, ['-c', conf, 'kick', user ?? '*'], { stdio: 'ignore' });
          kick.once('error', reject);
          // doveadm kick exits 68 (EX_NOUSER) when nobody was connected: not an error here.
          kick.once('exit', () => resolve());
        });
      },
      proxy: (proxyOptions) => startProxy(port, proxyOptions.afterBytes, proxyOptions.mode),
      log: () => readLog(dir),
      stop: () => stopAsync(r),
    };
    return server;
  } catch (error) {
    stopSync(r);
    throw error;
  }
}

function chownTree(path: string, owner: { uid: number; gid: number }, root: boolean): void {
  if (!root) return;
  chownSync(path, owner.uid, owner.gid);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory()) chownTree(join(path, entry.name), owner, root);
    else chownSync(join(path, entry.name), owner.uid, owner.gid);
  }
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'dovecot.log'), 'utf8');
  } catch {
    return '(no log)';
  }
}

/** Relays bytes unchanged between a client and the server; after `afterBytes` from the server, cuts or stalls. */
async function startProxy(targetPort: number, afterBytes: number, mode: 'cut' | 'stall'): Promise<Proxy> {
  let relayed = 0;
  let signalReached: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (signalReached = resolve));
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    let seen = 0;
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('data', (chunk: Buffer) => {
      const room = afterBytes - seen;
      if (room <= 0) return; // stalled: the server's bytes are dropped, the connections stay open
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      seen += part.length;
      relayed += part.length;
      client.write(part);
      if (seen >= afterBytes) {
        signalReached();
        if (mode === 'cut') closeBoth();
      }
    });
    client.on('data', (chunk: Buffer) => upstream.write(chunk));
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', closeBoth);
      s.on('close', () => {
        sockets.delete(s);
        closeBoth();
      });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    relayed: () => relayed,
    reached: () => reached,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

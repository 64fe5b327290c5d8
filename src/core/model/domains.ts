// Mail domains that say nothing about an employer, one list for every reader of addresses: the
// invitation's company guess and the mailbox's matching. A free-mail or scheduling address counts
// only as that exact address, never as a company's domain; an applicant-tracking system's
// notification counts as the company's reply only when it names the company.

/**
 * Mail services people use for themselves. Their name is no employer's under any country's
 * domain either (gmail.co.in, yahoo.co.jp), so the registrable label counts too.
 */
const FREE_MAIL = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.com', 'web.de',
  'yandex.com', 'mail.com', 'zoho.com', 'zohomail.com', 'fastmail.com', 'hey.com', 'tutanota.com', 'tuta.io',
  'qq.com', '163.com', '126.com', 'foxmail.com', 'naver.com', 'example.com',
];

/**
 * Calendar, meeting, scheduling, assessment and job-board services that write on an employer's
 * behalf. google.com and microsoft.com are those companies' own (their people write from them);
 * only their calendar and meeting subdomains are services.
 */
const SCHEDULING = [
  'calendar.google.com', 'calendar.microsoft.com', 'teams.microsoft.com', 'office365.com', 'calendly.com', 'cal.com',
  'savvycal.com', 'doodle.com', 'youcanbook.me', 'acuityscheduling.com', 'hubspot.com', 'zoom.us', 'zoomgov.com',
  'webex.com', 'gotomeeting.com', 'goodtime.io', 'modernloop.io', 'prelude.co', 'gem.com', 'rippling.com', 'gusto.com',
  'hirevue.com', 'modernhire.com', 'hireflix.com', 'paradox.ai', 'codility.com', 'hackerrank.com', 'coderpad.io',
  'codesignal.com', 'karat.io', 'karat.com', 'shl.com', 'crosschq.com', 'dover.com', 'eventbrite.com', 'lu.ma',
  'linkedin.com', 'indeed.com', 'glassdoor.com', 'monster.com', 'ziprecruiter.com', 'naukri.com', 'internshala.com',
  'wellfound.com', 'angel.co', 'angellist.com', 'unstop.com', 'superset.com', 'hiremee.co.in',
];

/** Applicant-tracking systems: their notifications speak for an employer named in them. */
const APPLICANT_TRACKING = [
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'hire.lever.co', 'myworkday.com', 'myworkdayjobs.com', 'workday.com',
  'ashbyhq.com', 'ashbyhq-mail.com', 'smartrecruiters.com', 'icims.com', 'jobvite.com', 'taleo.net', 'successfactors.com',
  'successfactors.eu', 'bamboohr.com', 'workablemail.com', 'workable.com', 'recruitee.com', 'teamtailor.com',
  'teamtailor-mail.com', 'breezy.hr', 'jazzhr.com', 'applytojob.com', 'personio.de', 'personio.com', 'pinpointhq.com',
  'comeet.co', 'freshteam.com', 'recruiterbox.com', 'homerun.co', 'join.com', 'oraclecloud.com', 'avature.net',
];

/** Second-level labels under which a country registers names (acme.co.uk, acme.com.au). */
const SECOND_LEVEL = /^(co|com|org|net|ac|gov|edu)$/;

/** The lowercase domain without a trailing dot. */
function normal(domain: string): string {
  return domain.toLowerCase().replace(/\.$/, '');
}

/** The registrable label of a domain ("acme-corp" of "mail.acme-corp.co.uk"); undefined for a bare name. */
export function registrableLabel(domain: string): string | undefined {
  const labels = normal(domain).split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  const secondLevel = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]!);
  return labels[labels.length - (secondLevel ? 3 : 2)];
}

const FREE_MAIL_LABELS = new Set(FREE_MAIL.map((d) => registrableLabel(d)!));

/** `domain` is `base` or one of its subdomains. */
function within(domain: string, bases: readonly string[]): boolean {
  const d = normal(domain);
  return bases.some((b) => d === b || d.endsWith(`.${b}`));
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** A mail, scheduling or applicant-tracking service: its domain is no employer's. */
export function isServiceDomain(domain: string): boolean {
  const label = registrableLabel(domain);
  return (label !== undefined && FREE_MAIL_LABELS.has(label))
    || within(domain, FREE_MAIL) || within(domain, SCHEDULING) || within(domain, APPLICANT_TRACKING);
}

export function isApplicantTracking(domain: string): boolean {
  return within(domain, APPLICANT_TRACKING);
}

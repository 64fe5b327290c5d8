// Mail domains that say nothing about an employer, one list for every reader of addresses: the
// invitation's company guess and the mailbox's matching. A free-mail or scheduling address counts
// only as that exact address, never as a company's domain; an applicant-tracking system's
// notification counts as the company's reply only when it names the company.

/** Mail services people use for themselves (and big providers whose domain is no one employer's). */
const FREE_MAIL = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'msn.com', 'yahoo.com',
  'yahoo.co.uk', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me',
  'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'yandex.com', 'yandex.ru', 'mail.ru', 'zoho.com', 'zohomail.com',
  'fastmail.com', 'fastmail.fm', 'hey.com', 'tutanota.com', 'tuta.io', 'qq.com', '163.com', '126.com', 'example.com',
];

/** Scheduling and meeting services that send invitations on an employer's behalf. */
const SCHEDULING = [
  'calendly.com', 'zoom.us', 'zoomgov.com', 'teams.microsoft.com', 'microsoft.com', 'office365.com', 'google.com',
  'goodtime.io', 'doodle.com', 'youcanbook.me', 'acuityscheduling.com', 'hubspot.com', 'cal.com', 'savvycal.com',
  'modernloop.io', 'prelude.co', 'gem.com', 'rippling.com',
];

/** Applicant-tracking systems: their notifications speak for an employer named in them. */
const APPLICANT_TRACKING = [
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'hire.lever.co', 'myworkday.com', 'myworkdayjobs.com', 'workday.com',
  'ashbyhq.com', 'ashbyhq-mail.com', 'smartrecruiters.com', 'icims.com', 'jobvite.com', 'taleo.net', 'successfactors.com',
  'successfactors.eu', 'bamboohr.com', 'workablemail.com', 'workable.com', 'recruitee.com', 'teamtailor.com',
  'teamtailor-mail.com', 'breezy.hr', 'jazzhr.com', 'applytojob.com', 'personio.de', 'personio.com', 'pinpointhq.com',
  'comeet.co', 'freshteam.com', 'recruiterbox.com', 'homerun.co', 'join.com', 'oraclecloud.com', 'avature.net',
];

/** `domain` is `base` or one of its subdomains. */
function within(domain: string, bases: readonly string[]): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return bases.some((b) => d === b || d.endsWith(`.${b}`));
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** A mail, scheduling or applicant-tracking service: its domain is no employer's. */
export function isServiceDomain(domain: string): boolean {
  return within(domain, FREE_MAIL) || within(domain, SCHEDULING) || within(domain, APPLICANT_TRACKING);
}

export function isApplicantTracking(domain: string): boolean {
  return within(domain, APPLICANT_TRACKING);
}

// Invitations as each producer emits them. iCalendar has no comment syntax, so the fixtures
// live here with their source above each. Names, addresses and links are invented; the shape
// (properties, parameters, folding, escaping, zone names) follows the cited source.
// Lines are joined with CRLF as RFC 5545 §3.1 requires; folded lines start with one space.

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

/** The user's address in every fixture. */
export const ME = 'sam.lee@mail.example';

// Google Calendar invitation (invite.ics attached to the mail): PRODID "-//Google Inc//Google
// Calendar 70.9054//EN", METHOD:REQUEST, times in UTC with no VTIMEZONE, the Meet link in
// X-GOOGLE-CONFERENCE, rooms as CUTYPE=RESOURCE, every attendee with CN and X-NUM-GUESTS.
// Sources: https://github.com/InteractionDesignFoundation/add-event-to-calendar-docs/issues/37
// (X-GOOGLE-CONFERENCE), https://github.com/insanum/gcalcli/issues/643 (Meet link in invites),
// RFC 5546 §4.2.1 (a REQUEST with ORGANIZER and ATTENDEEs).
export const GOOGLE = crlf([
  'BEGIN:VCALENDAR',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'VERSION:2.0',
  'CALSCALE:GREGORIAN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'DTSTART:20261203T150000Z',
  'DTEND:20261203T154500Z',
  'DTSTAMP:20261120T101500Z',
  'ORGANIZER;CN=Priya Shah:mailto:priya.shah@acme-corp.example',
  'UID:5k3q8v1m2n4b6c7d8e9f0g1h2j@google.com',
  'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Shah;X-NUM-GUESTS=0:mailto:priya.shah@acme-corp.example',
  'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=',
  ' TRUE;CN=Raj Patel;X-NUM-GUESTS=0:mailto:raj.patel@acme-corp.example',
  `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=${ME};X-NUM-GUESTS=0:mailto:${ME}`,
  'ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=HQ-3-Lovelace (6);X-NUM-GUESTS=0:mailto:c_1889abc@resource.calendar.google.com',
  'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij',
  'CREATED:20261120T101400Z',
  'DESCRIPTION:Hi Sam\\, looking forward to our chat about the platform team\\;',
  '  we will cover system design.\\n\\nJoin with Google Meet: https://meet.google.com/abc-defg-hij',
  'LAST-MODIFIED:20261120T101500Z',
  'LOCATION:',
  'SEQUENCE:0',
  'STATUS:CONFIRMED',
  'SUMMARY:Acme Corp - Backend Engineer Interview',
  'TRANSP:OPAQUE',
  'END:VEVENT',
  'END:VCALENDAR',
]);

// RFC 5546 §4.2.5 ("Cancel a Meeting"): METHOD:CANCEL, the same UID, a higher SEQUENCE,
// STATUS:CANCELLED; here cancelling the Google invitation above.
export const GOOGLE_CANCEL = crlf([
  'BEGIN:VCALENDAR',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'VERSION:2.0',
  'CALSCALE:GREGORIAN',
  'METHOD:CANCEL',
  'BEGIN:VEVENT',
  'DTSTART:20261203T150000Z',
  'DTEND:20261203T154500Z',
  'DTSTAMP:20261124T090000Z',
  'ORGANIZER;CN=Priya Shah:mailto:priya.shah@acme-corp.example',
  'UID:5k3q8v1m2n4b6c7d8e9f0g1h2j@google.com',
  `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=${ME}:mailto:${ME}`,
  'SEQUENCE:1',
  'STATUS:CANCELLED',
  'SUMMARY:Acme Corp - Backend Engineer Interview',
  'END:VEVENT',
  'END:VCALENDAR',
]);

// Outlook / Exchange meeting request with a Teams link: Windows zone names in TZID and a
// VTIMEZONE built from 1601 rules, SUMMARY;LANGUAGE=en-US, quoted "Last, First" CNs, the
// Teams URL in X-MICROSOFT-SKYPETEAMSMEETINGURL, LOCATION "Microsoft Teams Meeting".
// Sources: https://github.com/home-assistant/core/issues/179613 (Outlook Classic,
// "DTSTART;TZID=W. Europe Standard Time"), https://github.com/wvrzel/simpleCalDAV/issues/44
// (a Teams invitation with a Windows zone), https://github.com/derekantrican/GAS-ICS-Sync/issues/16
// (Office 365 writing "Romance Standard Time"), CLDR windowsZones for the mapping.
export const OUTLOOK = crlf([
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'PRODID:Microsoft Exchange Server 2010',
  'VERSION:2.0',
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'ORGANIZER;CN="Weber, Anna":mailto:anna.weber@globex.example',
  'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Anna":mailto:anna.weber@globex.example',
  'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Braun:mailto:lukas.braun@globex.example',
  `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Lee:mailto:${ME}`,
  'ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Berlin-4.12 Spree:mailto:room-spree@globex.example',
  'DESCRIPTION;LANGUAGE=en-US:Hello Sam\\,\\n\\nPlease find the invitation for your secon',
  ' d interview below.\\n\\n________________________________________________________',
  ' ________________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobi',
  ' le app or room device\\nClick here to join the meeting<https://teams.microsoft.c',
  ' om/l/meetup-join/19%3ameeting_NjA1ZTk2@thread.v2/0>\\n',
  'UID:040000008200E00074C5B7101A82E0080000000010A1B2C3D4E5DA01000000000000000010000000ABCDEF0123456789ABCDEF0123456789',
  'SUMMARY;LANGUAGE=en-US:Second interview: Globex – Data Engineer',
  'DTSTART;TZID=W. Europe Standard Time:20261203T140000',
  'DTEND;TZID=W. Europe Standard Time:20261203T150000',
  'CLASS:PUBLIC',
  'PRIORITY:5',
  'DTSTAMP:20261120T093000Z',
  'TRANSP:OPAQUE',
  'STATUS:CONFIRMED',
  'SEQUENCE:0',
  'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
  'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
  'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
  'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
  'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
  'X-MICROSOFT-CDO-IMPORTANCE:1',
  'X-MICROSOFT-CDO-INSTTYPE:0',
  'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTk2@thread.v2/0',
  'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
  'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
  'BEGIN:VALARM',
  'DESCRIPTION:REMINDER',
  'TRIGGER;RELATED=START:-PT15M',
  'ACTION:DISPLAY',
  'END:VALARM',
  'END:VEVENT',
  'END:VCALENDAR',
]);

// RFC 5546 §4.2.2 ("Update an Event"): the organizer resends the event with the same UID and a
// higher SEQUENCE; here Outlook moves the interview by a day and an hour, makes it 90 minutes
// and adds an interviewer.
export const OUTLOOK_UPDATE = OUTLOOK
  .replace('DTSTART;TZID=W. Europe Standard Time:20261203T140000', 'DTSTART;TZID=W. Europe Standard Time:20261204T100000')
  .replace('DTEND;TZID=W. Europe Standard Time:20261203T150000', 'DTEND;TZID=W. Europe Standard Time:20261204T113000')
  .replace('SEQUENCE:0', 'SEQUENCE:1')
  .replace('X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-APPT-SEQUENCE:1')
  .replace('ATTENDEE;CUTYPE=ROOM', 'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mia Chen:mailto:mia.chen@globex.example\r\nATTENDEE;CUTYPE=ROOM');

// Teams (new Outlook / Teams calendar) with a US Windows zone and no VTIMEZONE rules of its own
// beyond the name. Source: https://github.com/derekantrican/GAS-ICS-Sync/issues/219
// ("Eastern Standard Time" TZIDs from Outlook), https://github.com/wvrzel/simpleCalDAV/issues/44.
export const TEAMS_PACIFIC = crlf([
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'PRODID:Microsoft Exchange Server 2010',
  'VERSION:2.0',
  'BEGIN:VTIMEZONE',
  'TZID:Pacific Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0700',
  'TZOFFSETTO:-0800',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0800',
  'TZOFFSETTO:-0700',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'ORGANIZER;CN=Dana Kim:mailto:dana.kim@initech.example',
  `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Lee:mailto:${ME}`,
  'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:omar.haddad@initech.example',
  'UID:040000008200E00074C5B7101A82E00800000000D0C0B0A09080DA01000000000000000010000000FEDCBA9876543210FEDCBA9876543210',
  'SUMMARY;LANGUAGE=en-US:Product Designer interview at Initech',
  'DTSTART;TZID=Pacific Standard Time:20261208T093000',
  'DTEND;TZID=Pacific Standard Time:20261208T101500',
  'DTSTAMP:20261121T170000Z',
  'SEQUENCE:0',
  'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
  'DESCRIPTION;LANGUAGE=en-US:Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4@thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d>\\n',
  'END:VEVENT',
  'END:VCALENDAR',
]);

// Apple Calendar (macOS): PRODID "-//Apple Inc.//macOS …//EN", IANA TZID with a VTIMEZONE,
// X-APPLE-STRUCTURED-LOCATION with an escaped address, and here a weekly RRULE (a series of
// interview slots). Sources: RFC 5545 §3.8.5.3 (RRULE) and §4 examples; the Apple PRODID and
// VTIMEZONE shape as in https://github.com/sabre-io/vobject test data (Mac OS X PRODIDs).
export const APPLE_RECURRING = crlf([
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'VERSION:2.0',
  'PRODID:-//Apple Inc.//macOS 15.1//EN',
  'CALSCALE:GREGORIAN',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'DTSTART:19810329T020000',
  'TZNAME:UTC+2',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'DTSTART:19961027T030000',
  'TZNAME:UTC+1',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'CREATED:20261101T080000Z',
  'UID:6E2F1A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B',
  'RRULE:FREQ=WEEKLY;COUNT=4',
  'DTEND;TZID=Europe/Paris:20261112T113000',
  'TRANSP:OPAQUE',
  'SUMMARY:Entretien – Chargée de marketing – Soleil SA',
  'DTSTART;TZID=Europe/Paris:20261112T103000',
  'DTSTAMP:20261101T080100Z',
  'LOCATION:Soleil SA\\n12 Rue de la Paix\\, 75002 Paris\\, France',
  'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="12 Rue de la Paix, 75002 Paris, France";X-TITLE=Soleil SA:geo:48.869,2.331',
  'SEQUENCE:0',
  'ORGANIZER;CN="Claire Martin":mailto:claire.martin@soleil-sa.example',
  'ATTENDEE;CN="Claire Martin";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:claire.martin@soleil-sa.example',
  `ATTENDEE;CN="Sam Lee";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${ME}`,
  'END:VEVENT',
  'END:VCALENDAR',
]);

// An all-day event (a date only), as Apple writes one: RFC 5545 §3.6.1 example 2 and §3.3.4
// (DTSTART;VALUE=DATE, DTEND the next day); Apple's PRODID as above.
export const APPLE_ALL_DAY = crlf([
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Apple Inc.//macOS 15.1//EN',
  'CALSCALE:GREGORIAN',
  'BEGIN:VEVENT',
  'UID:0B7D5F0E-AAAA-4BBB-8CCC-1D2E3F4A5B6C',
  'DTSTART;VALUE=DATE:20261210',
  'DTEND;VALUE=DATE:20261211',
  'DTSTAMP:20261120T080000Z',
  'SUMMARY:Onsite interview day at Umbrella Labs',
  'ORGANIZER;CN=Recruiting Team:mailto:recruiting@umbrella-labs.example',
  'END:VEVENT',
  'END:VCALENDAR',
]);

// Zoom (the invite.ics of a scheduled meeting): PRODID "-//zoom.us//iCalendar Event//EN", an
// IANA TZID with a VTIMEZONE from tzurl.org, the join link in LOCATION and in the escaped
// DESCRIPTION, ORGANIZER written without "mailto:", a VALARM. Source: Zoom invitations in
// public mail archives and test data (found with the code search for that PRODID); the
// TZURL/X-LIC-LOCATION lines as Zoom writes them.
export const ZOOM = crlf([
  'BEGIN:VCALENDAR',
  'PRODID:-//zoom.us//iCalendar Event//EN',
  'VERSION:2.0',
  'CALSCALE:GREGORIAN',
  'METHOD:PUBLISH',
  'CLASS:PUBLIC',
  'BEGIN:VTIMEZONE',
  'TZID:America/New_York',
  'LAST-MODIFIED:20260306T231828Z',
  'TZURL:https://www.tzurl.org/zoneinfo-outlook/America/New_York',
  'X-LIC-LOCATION:America/New_York',
  'BEGIN:DAYLIGHT',
  'TZNAME:EDT',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:EST',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'DTSTART:19701101T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'DTSTAMP:20261120T192515Z',
  'DTSTART;TZID=America/New_York:20261202T110000',
  'DTEND;TZID=America/New_York:20261202T113000',
  'SUMMARY:Hooli | Site Reliability Engineer | Technical Screen',
  'UID:20261120T192515Z-81234567890@fe80:0:0:0:1234:5678:9abc:def0ens3',
  'TZID:America/New_York',
  'DESCRIPTION:Hooli is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Mee',
  ' ting\\nhttps://us06web.zoom.us/j/81234567890?pwd=aBcDeFgHiJ.1\\n\\nMeeting ID: 812',
  '  3456 7890\\nPasscode: 123456\\n',
  'LOCATION:https://us06web.zoom.us/j/81234567890?pwd=aBcDeFgHiJ.1',
  'ORGANIZER;CN=Gavin Belson:gavin.belson@hooli.example',
  'ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Lee:mailto:sam.lee@mail.example',
  'BEGIN:VALARM',
  'TRIGGER:-PT10M',
  'ACTION:DISPLAY',
  'DESCRIPTION:Reminder',
  'END:VALARM',
  'END:VEVENT',
  'END:VCALENDAR',
]);

// A Calendly-like scheduler: UTC times, METHOD:REQUEST, the event type as the title ("30 Minute
// Interview"), the host as ORGANIZER and the invitee as ATTENDEE, the conferencing link in
// LOCATION. Sources: Calendly's confirmation invitations as seen in public test data
// ("PRODID:-//Calendly//…", "Discovery Call: Alex + Sam", UTC DTSTART), RFC 5546 §4.2.1.
export const SCHEDULER = crlf([
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Calendly//Calendly Meeting Notice//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:calendly-4f2a9c1e-2026',
  'DTSTAMP:20261121T160000Z',
  'DTSTART:20261209T193000Z',
  'DTEND:20261209T200000Z',
  'SUMMARY:30 Minute Interview: Sam Lee and Nora Quinn',
  'LOCATION:https://meet.google.com/xyz-abcd-efg',
  'DESCRIPTION:Event Name: 30 Minute Interview\\n\\nNeed to make changes to this event?',
  'ORGANIZER;CN=Nora Quinn:mailto:nora.quinn@vandelay-industries.example',
  `ATTENDEE;CN=Sam Lee;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${ME}`,
  'END:VEVENT',
  'END:VCALENDAR',
]);

// Floating time (no zone): RFC 5545 §3.3.5, "FORM #1: DATE WITH LOCAL TIME"
// (DTSTART:19980118T230000), written by simple job-board exports.
export const FLOATING = crlf([
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example Job Board//Interview Export//EN',
  'BEGIN:VEVENT',
  'UID:floating-1@jobs.example',
  'DTSTAMP:20261120T120000Z',
  'DTSTART:20261211T090000',
  'DURATION:PT45M',
  'SUMMARY:Interview with Stark Industries',
  'END:VEVENT',
  'END:VCALENDAR',
]);

// Outlook for a zone whose TZID is a display name, defined only by its own VTIMEZONE:
// https://github.com/iCalcreator/iCalcreator/issues/86 shows Outlook naming zones
// "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien".
const DISPLAY_ZONE = '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna';
export const OUTLOOK_DISPLAY_NAME_ZONE = OUTLOOK.replace('TZID:W. Europe Standard Time', `TZID:${DISPLAY_ZONE}`)
  .replace(/TZID=W\. Europe Standard Time/g, `TZID="${DISPLAY_ZONE}"`)
  .replace(/UID:040000008200E00074C5B7101A82E008[0-9A-F]+/, 'UID:display-name-zone-1');

// RFC 5546 §4.4 (recurring components): the organizer cancels one instance of the series with
// METHOD:CANCEL and that instance's RECURRENCE-ID; here the Apple series above, on 10 December.
export const APPLE_CANCEL_ONE = crlf([
  'BEGIN:VCALENDAR',
  'METHOD:CANCEL',
  'VERSION:2.0',
  'PRODID:-//Apple Inc.//macOS 15.1//EN',
  'BEGIN:VEVENT',
  'UID:6E2F1A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B',
  'RECURRENCE-ID;TZID=Europe/Paris:20261210T103000',
  'DTSTART;TZID=Europe/Paris:20261210T103000',
  'DTEND;TZID=Europe/Paris:20261210T113000',
  'DTSTAMP:20261125T080000Z',
  'SEQUENCE:1',
  'STATUS:CANCELLED',
  'SUMMARY:Entretien – Chargée de marketing – Soleil SA',
  'ORGANIZER;CN="Claire Martin":mailto:claire.martin@soleil-sa.example',
  'END:VEVENT',
  'END:VCALENDAR',
]);

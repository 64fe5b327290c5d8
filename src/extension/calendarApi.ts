// What the calendar commands use from the core (ical.js, ical-generator and the zone data):
// loaded by src/extension/calendar.ts on the first calendar command, never at activation.
export { cancelsNote, readInvitation } from '../core/ics/invitation';
export { closeCancelledEdit, invitationNoteInput, invitationUidOf, updateNoteFromInvitation } from '../core/ics/invitationNote';
export { spanningEdit } from '../core/edits/frontMatterEdit';
export { actionsCalendar } from '../core/ics/actionsCalendar';
export { localZone } from '../core/ics/zones';

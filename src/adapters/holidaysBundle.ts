// Entry point of dist/holidays.js: date-holidays and its rules in a file of their own, so
// the extension and CLI bundles stay small and load it only when a holiday setting is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
module.exports = require('date-holidays');

// The CBV 2.0 event hash of EPCIS events by epcis2.js, an implementation independent of the service's: reads
// {"context": …, "events": [...]} from the file named on the command line, prints one hash id per event.
const fs = require('node:fs');
const { eventToHashedId } = require('epcis2.js');

const { context, events } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
for (const event of events) console.log(eventToHashedId(event, context));

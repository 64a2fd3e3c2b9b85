// Event → browser latency for the end-to-end benchmark (tests/QualityMap.Benchmarks), on the official SignalR
// JavaScript client:  node latency-clients.mjs <baseUrl> <regionCode> <apiKey> <connections> <countyCode>
// Opens <connections> hub connections in this one process, each watching <regionCode>. Every event the benchmark
// sends moves an enterprise into <countyCode>, so that county's monitored count only grows: the k-th event after
// "arm" is shown on a connection when the county's count first reaches base + k there. Arrival times are epoch
// milliseconds with sub-millisecond precision (performance.timeOrigin + performance.now()), taken as the message
// arrives, before anything else is done with it.
// stdin: "connect" (open the connections), "arm" (note each connection's current count as its base), "report <file>" (the file has one line
// "sendMs ackMs" per event since arm, in send order; answers the latency percentiles), "quit".
import * as signalR from "@microsoft/signalr";
import readline from "node:readline";
import fs from "node:fs";

const [baseUrl, regionCode, apiKey, connectionCount, countyCode] = process.argv.slice(2);
const say = (event, data = {}) => process.stdout.write(JSON.stringify({ event, ...data }) + "\n");
const now = () => performance.timeOrigin + performance.now();

function watcher() {
  return { connection: null, seq: null, monitored: null, base: null, reached: 0, arrivals: [], gaps: 0, snapshots: 0 };
}

function observe(w, regions, at) {
  const county = regions.find((r) => r.code === countyCode);
  if (!county) return;
  w.monitored = county.monitored;
  if (w.base === null) return;
  while (w.reached < w.monitored - w.base) w.arrivals[++w.reached] = at;
}

async function open(w) {
  w.connection = new signalR.HubConnectionBuilder()
    .withUrl(`${baseUrl}/hubs/map`, { accessTokenFactory: () => apiKey, transport: signalR.HttpTransportType.WebSockets })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  await w.connection.start();
  await new Promise((resolve, reject) => {
    let first = true;
    w.connection.stream("Watch", regionCode, null).subscribe({
      next: (message) => {
        const at = now();
        if (message.type === "snapshot") {
          w.snapshots++;
          observe(w, [message.region, ...message.children], at);
        } else {
          if (message.fromSeq !== w.seq) w.gaps++;
          observe(w, message.regions, at);
        }
        w.seq = message.seq;
        if (first) { first = false; resolve(); }
      },
      error: (error) => { if (first) reject(error); else say("stream-error", { message: String(error) }); },
      complete: () => {},
    });
  });
}

const watchers = Array.from({ length: Number(connectionCount) }, watcher);

async function connect() {
  // Ten at a time: a hundred simultaneous WebSocket handshakes only measure the start-up burst.
  for (let i = 0; i < watchers.length; i += 10) await Promise.all(watchers.slice(i, i + 10).map(open));
  say("connected", { connections: watchers.length });
}

function arm() {
  for (const w of watchers) { w.base = w.monitored; w.reached = 0; w.arrivals = []; }
  say("armed", { bases: [...new Set(watchers.map((w) => w.base))] });
}

function percentiles(values) {
  if (values.length === 0) return { p50: null, p99: null, max: null };
  values.sort();
  const rank = (p) => values[Math.max(0, Math.ceil(p * values.length) - 1)];
  return { p50: rank(0.5), p99: rank(0.99), max: values[values.length - 1] };
}

function report(file) {
  const events = fs.readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((l) => l.split(" ").map(Number));
  const fromAck = new Float64Array(events.length * watchers.length);
  const fromSend = new Float64Array(events.length * watchers.length);
  let n = 0, missing = 0;
  for (const w of watchers) {
    for (let k = 1; k <= events.length; k++) {
      const at = w.arrivals[k];
      if (at === undefined) { missing++; continue; }
      fromSend[n] = at - events[k - 1][0];
      fromAck[n++] = at - events[k - 1][1];
    }
  }
  say("report", {
    events: events.length, connections: watchers.length, samples: n, missing,
    gaps: watchers.reduce((s, w) => s + w.gaps, 0), extraSnapshots: watchers.reduce((s, w) => s + w.snapshots - 1, 0),
    fromAck: percentiles(fromAck.subarray(0, n)), fromSend: percentiles(fromSend.subarray(0, n)),
  });
}

for await (const line of readline.createInterface({ input: process.stdin })) {
  const [command, argument] = line.trim().split(" ");
  if (command === "quit") break;
  try {
    if (command === "connect") await connect();
    else if (command === "arm") arm();
    else if (command === "report") report(argument);
    else throw new Error(`unknown command ${command}`);
  } catch (error) {
    say("error", { command, message: String(error?.message ?? error) });
  }
}
await Promise.all(watchers.map((w) => w.connection?.stop()));
process.exit(0);

// A live-map client on the official SignalR JavaScript client, driven line by line from the xunit suite:
//   node live-client.mjs <baseUrl> <regionCode> <apiKey>
// stdin commands: "connect" (watch, resuming from the last applied message if there is one), "connect-to <baseUrl>"
// (the same against another silo of the cluster), "drop" (stop the connection while the server goes on), "dump"
// (print the view), "quit". Every answer is one JSON line on stdout.
// The view refuses a delta that does not start where the last message ended and a ticker item seen before, so a
// clean dump proves the stream had no gap and no duplicate.
import * as signalR from "@microsoft/signalr";
import readline from "node:readline";

let [baseUrl, regionCode, apiKey] = process.argv.slice(2);
const view = { epoch: null, seq: 0, regions: new Map(), ticker: [], snapshots: [], deltas: 0, errors: [] };
let connection = null;
let lastTickerSeq = 0;

const say = (event, data = {}) => process.stdout.write(JSON.stringify({ event, ...data }) + "\n");

function apply(message) {
  if (message.type === "snapshot") {
    view.regions = new Map([message.region, ...message.children].map((r) => [r.code, r]));
    view.snapshots.push(message.reason);
    // Ticker items a snapshot repeats are history the client may already have shown; a new epoch numbers afresh.
    if (message.epoch !== view.epoch) lastTickerSeq = 0;
    lastTickerSeq = Math.max(lastTickerSeq, ...message.recent.map((t) => t.seq), 0);
  } else if (message.type === "delta") {
    if (message.epoch !== view.epoch || message.fromSeq !== view.seq) {
      view.errors.push(`gap or duplicate: delta ${message.fromSeq}..${message.seq} after ${view.epoch}/${view.seq}`);
    }
    for (const region of message.regions) {
      if (!view.regions.has(region.code)) view.errors.push(`delta for an unwatched region ${region.code}`);
      view.regions.set(region.code, region);
    }
    for (const item of message.ticker) {
      if (item.seq <= lastTickerSeq) view.errors.push(`ticker item ${item.seq} again or out of order`);
      lastTickerSeq = item.seq;
      view.ticker.push(item);
    }
    view.deltas++;
  } else {
    view.errors.push(`unknown message type ${message.type}`);
  }
  view.epoch = message.epoch;
  view.seq = message.seq;
}

async function connect() {
  connection = new signalR.HubConnectionBuilder()
    // The key travels as the SignalR client sends any token: a bearer header, or access_token on the WebSocket.
    .withUrl(`${baseUrl}/hubs/map`, { accessTokenFactory: () => apiKey })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  await connection.start();
  const resume = view.epoch === null ? null : { epoch: view.epoch, seq: view.seq };
  let first = true;
  await new Promise((resolve, reject) => {
    connection.stream("Watch", regionCode, resume).subscribe({
      next: (message) => {
        apply(message);
        if (first) { first = false; resolve(); }
      },
      error: (error) => { if (first) reject(error); },
      complete: () => {},
    });
  });
  say("connected", { resumedFrom: resume?.seq ?? null, seq: view.seq, snapshots: view.snapshots });
}

async function drop() {
  await connection.stop();
  say("dropped", { seq: view.seq });
}

function dump() {
  const regions = [...view.regions.values()].sort((a, b) => a.code.localeCompare(b.code));
  say("view", {
    epoch: view.epoch, seq: view.seq, regions, snapshots: view.snapshots, deltas: view.deltas,
    enterpriseFlips: view.ticker.filter((t) => t.kind === "enterprise").length,
    warnings: view.ticker.filter((t) => t.kind === "warning").map((t) => t.action),
    errors: view.errors,
  });
}

const commands = { connect, drop, dump };
for await (const line of readline.createInterface({ input: process.stdin })) {
  const [command, argument] = line.trim().split(/\s+/, 2);
  if (command === "quit") break;
  try {
    if (command === "connect-to") {
      baseUrl = argument;
      await connect();
      continue;
    }
    if (!commands[command]) throw new Error(`unknown command ${command}`);
    await commands[command]();
  } catch (error) {
    say("error", { command, message: String(error?.message ?? error) });
  }
}
await connection?.stop();
process.exit(0);

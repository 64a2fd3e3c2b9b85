// A bureau's alert client on the official SignalR JavaScript client, driven line by line from the xunit suite:
//   node alert-client.mjs <baseUrl> <regionCode> <apiKey>
// stdin commands: "connect" (stream Alerts from the last seq seen), "drop", "ack <alertId> [regionCode]", "dump", "quit".
// Every answer is one JSON line on stdout.
import * as signalR from "@microsoft/signalr";
import readline from "node:readline";

const [baseUrl, regionCode, apiKey] = process.argv.slice(2);
const alerts = new Map();   // id → latest revision seen
let lastSeq = null;
let connection = null;

const say = (event, data = {}) => process.stdout.write(JSON.stringify({ event, ...data }) + "\n");

async function connect() {
  connection = new signalR.HubConnectionBuilder()
    .withUrl(`${baseUrl}/hubs/map`, { accessTokenFactory: () => apiKey })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  await connection.start();
  await new Promise((resolve, reject) => {
    let settled = false;
    connection.stream("Alerts", regionCode, lastSeq).subscribe({
      next: (alert) => {
        alerts.set(alert.id, alert);
        lastSeq = Math.max(lastSeq ?? 0, alert.seq);
      },
      error: (error) => { if (!settled) { settled = true; reject(error); } },
      complete: () => {},
    });
    // The stream has no "caught up" message: give the missed alerts a moment to arrive.
    setTimeout(() => { if (!settled) { settled = true; resolve(); } }, 500);
  });
  say("connected", { lastSeq });
}

async function drop() {
  await connection.stop();
  say("dropped", { lastSeq });
}

async function ack(id, region) {
  const alert = await connection.invoke("AcknowledgeAlert", region ?? regionCode, id);
  say("acked", { alert });
}

function dump() {
  say("alerts", { alerts: [...alerts.values()].sort((a, b) => a.seq - b.seq) });
}

for await (const line of readline.createInterface({ input: process.stdin })) {
  const [command, argument, region] = line.trim().split(" ");
  if (command === "quit") break;
  try {
    if (command === "connect") await connect();
    else if (command === "drop") await drop();
    else if (command === "ack") await ack(argument, region);
    else if (command === "dump") dump();
    else throw new Error(`unknown command ${command}`);
  } catch (error) {
    say("error", { command, message: String(error?.message ?? error) });
  }
}
await connection?.stop();
process.exit(0);

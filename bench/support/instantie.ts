// Child process: one more Knooppunt instance on an existing PostgreSQL database (see
// startKindInstantie in servers.ts). Prints {"url": ...} on one line once it listens; SIGTERM
// closes it (streams, pool, LISTEN connection) and exits.
import { startKnooppuntOp } from "./servers.ts";

const databaseUrl = process.argv[2];
if (!databaseUrl) {
  console.error("gebruik: instantie.ts <databaseUrl>");
  process.exit(2);
}
const i = await startKnooppuntOp(databaseUrl);
process.stdout.write(`${JSON.stringify({ url: i.url })}\n`);
let sluitend = false;
const stop = async () => {
  if (sluitend) return;
  sluitend = true;
  const grens = setTimeout(() => process.exit(1), 10_000);
  await i.sluit();
  clearTimeout(grens);
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

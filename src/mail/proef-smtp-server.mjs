// A real SMTP server for tests, run as its own process: `node proef-smtp-server.mjs <port>`.
// Prints one JSON line per event on stdout: {"klaar":port} once listening, then
// {"van":..,"aan":[..],"data":"<raw message>"} per message accepted. Tests kill it to simulate
// a mail server that is down.
import { SMTPServer } from "smtp-server";

const port = Number(process.argv[2] ?? 0);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const delen = [];
    stream.on("data", (d) => delen.push(d));
    stream.on("end", () => {
      const data = Buffer.concat(delen).toString("utf8");
      const aan = session.envelope.rcptTo.map((r) => r.address);
      // A recipient at weiger.invalid is refused permanently, to test the 5xx path.
      if (aan.some((a) => a.endsWith("@weiger.invalid"))) {
        const e = new Error("Mailbox bestaat niet");
        e.responseCode = 550;
        return callback(e);
      }
      process.stdout.write(`${JSON.stringify({ van: session.envelope.mailFrom?.address, aan, data })}\n`);
      callback();
    });
  },
});
server.listen(port, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ klaar: server.server.address().port })}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));

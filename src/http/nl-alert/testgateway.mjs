// A stand-in broadcast gateway for tests: a separate process on 127.0.0.1 (random port) that records
// every POSTed CAP message and answers with the next status from its script (default 200).
//   POST /cap           → records { contentType, body }, answers the next scripted status
//   POST /_script       → JSON array of statuses for the next POSTs, e.g. [500, 500, 200]
//   GET  /_ontvangen    → JSON array of what was received
// Prints "LUISTERT <port>" on stdout once listening.
import { createServer } from "node:http";

const ontvangen = [];
let script = [];

const server = createServer((req, res) => {
  const delen = [];
  req.on("data", (d) => delen.push(d));
  req.on("end", () => {
    const body = Buffer.concat(delen).toString("utf8");
    if (req.method === "POST" && req.url === "/_script") {
      script = JSON.parse(body);
      res.writeHead(204).end();
      return;
    }
    if (req.method === "GET" && req.url === "/_ontvangen") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(ontvangen));
      return;
    }
    if (req.method === "POST" && req.url === "/cap") {
      const status = script.length ? script.shift() : 200;
      ontvangen.push({
        contentType: req.headers["content-type"] ?? "",
        body,
        status,
        tijd: new Date().toISOString(),
      });
      const id = /<identifier>([^<]*)<\/identifier>/.exec(body)?.[1] ?? "";
      res
        .writeHead(status, { "content-type": "application/xml" })
        .end(
          status < 300
            ? `<ack><identifier>${id}</identifier><status>accepted</status></ack>`
            : "<error>tijdelijk niet beschikbaar</error>",
        );
      return;
    }
    res.writeHead(404).end();
  });
});

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`LUISTERT ${server.address().port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));

// Test helper: starts src/mail/proef-smtp-server.mjs as a child process and collects what it
// receives. Stopping it (SIGKILL) is a mail server that is down; starting it again on the same
// port brings it back.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("./proef-smtp-server.mjs", import.meta.url));

export interface OntvangenMail {
  van: string;
  aan: string[];
  data: string;
  onderwerp: string;
  tekst: string;
}

export async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

export class ProefSmtp {
  readonly ontvangen: OntvangenMail[] = [];
  #proces: ChildProcess | undefined;
  #wachters: (() => void)[] = [];
  constructor(readonly poort: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.poort}`;
  }

  async start(): Promise<void> {
    const p = spawn(process.execPath, [SCRIPT, String(this.poort)], { stdio: ["ignore", "pipe", "inherit"] });
    this.#proces = p;
    await new Promise<void>((resolve, reject) => {
      p.once("error", reject);
      p.once("exit", (code) => reject(new Error(`SMTP-proefserver stopte (code ${code})`)));
      createInterface({ input: p.stdout! }).on("line", (regel) => {
        const m = JSON.parse(regel) as { klaar?: number; van?: string; aan?: string[]; data?: string };
        if (m.klaar) return resolve();
        const data = m.data ?? "";
        this.ontvangen.push({
          van: m.van ?? "",
          aan: m.aan ?? [],
          data,
          onderwerp: kop(data, "subject"),
          tekst: lichaam(data),
        });
        for (const w of this.#wachters.splice(0)) w();
      });
    });
  }

  /** Kills the server (as a crash would: no goodbye to connected clients). */
  async stop(): Promise<void> {
    const p = this.#proces;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once("exit", () => resolve());
      p.kill("SIGKILL");
    });
    this.#proces = undefined;
  }

  /** Resolves once `aantal` messages have arrived in total, or rejects after `ms`. */
  async wachtOp(aantal: number, ms = 10_000): Promise<OntvangenMail[]> {
    const einde = Date.now() + ms;
    while (this.ontvangen.length < aantal) {
      const rest = einde - Date.now();
      if (rest <= 0) throw new Error(`${this.ontvangen.length} van ${aantal} mails ontvangen na ${ms} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, rest);
        this.#wachters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.ontvangen;
  }
}

function kop(data: string, naam: string): string {
  const [koppen = ""] = data.split(/\r?\n\r?\n/);
  const ontvouwen = koppen.replace(/\r?\n[ \t]+/g, " ");
  const m = new RegExp(`^${naam}:\\s*(.*)$`, "im").exec(ontvouwen);
  return m ? decodeerWoorden(m[1] ?? "") : "";
}

/** RFC 2047 encoded words (=?UTF-8?Q?..?= / ?B?), as nodemailer writes non-ASCII subjects. */
function decodeerWoorden(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, enc: string, txt: string) =>
      enc.toLowerCase() === "b" ? Buffer.from(txt, "base64").toString("utf8") : qp(txt.replace(/_/g, " ")),
    );
}

/** The text/plain body of a message from nodemailer (single part or the text part). */
function lichaam(data: string): string {
  const deel = /Content-Type: text\/plain[\s\S]*?\r?\n\r?\n([\s\S]*?)(?:\r?\n--|$)/i.exec(data);
  const koppenEnLijf = deel ? deel[0] : data;
  const lijf = deel
    ? (deel[1] ?? "")
    : data
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join("\n\n");
  if (/Content-Transfer-Encoding: quoted-printable/i.test(koppenEnLijf)) return qp(lijf).trim();
  if (/Content-Transfer-Encoding: base64/i.test(koppenEnLijf))
    return Buffer.from(lijf.replace(/\s+/g, ""), "base64").toString("utf8").trim();
  return lijf.trim();
}

function qp(s: string): string {
  const bytes = s
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

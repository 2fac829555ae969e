// How the outbox worker delivers mail: nodemailer over SMTP (SMTP_URL), or "log" for a laptop
// without a mail server. Unset SMTP_URL means no sender: mail rows wait in the outbox until a
// server is configured (docs/adr/0700-outbox-inbox-live-idempotentie.md).
import nodemailer from "nodemailer";
import type { MailGegevens } from "../db/outbox.ts";

export interface Logboek {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface Verzender {
  readonly naam: string;
  /** Resolves when the server accepted the message; rejects with `permanent` set for 5xx. */
  verstuur(id: number, mail: MailGegevens): Promise<void>;
  sluit(): void;
}

export class VerzendFout extends Error {
  constructor(
    message: string,
    /** True when retrying cannot help (SMTP 5xx: mailbox unknown, relay refused, ...). */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export function maakVerzender(
  smtpUrl: string | undefined,
  mailFrom: string,
  logboek: Logboek,
): Verzender | undefined {
  if (!smtpUrl) return undefined;
  const domein = /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? "knooppunt.local";
  const bericht = (id: number, mail: MailGegevens) => ({
    from: mailFrom,
    to: mail.aan,
    subject: mail.onderwerp,
    text: mail.tekst,
    ...(mail.html === undefined ? {} : { html: mail.html }),
    // Stable per row: if a crash makes the worker send twice, mail clients can de-duplicate.
    messageId: `<outbox-${id}@${domein}>`,
    headers: { "Auto-Submitted": "auto-generated", "X-Knooppunt-Outbox": String(id) },
  });
  if (smtpUrl === "log") {
    const t = nodemailer.createTransport({ jsonTransport: true });
    return {
      naam: "log",
      async verstuur(id, mail) {
        await t.sendMail(bericht(id, mail));
        logboek.info(
          { outbox: id, aan: mail.aan, onderwerp: mail.onderwerp },
          "mail (alleen gelogd, SMTP_URL=log)",
        );
      },
      sluit: () => t.close(),
    };
  }
  const t = nodemailer.createTransport(smtpUrl, {
    // A mail server that hangs must not hold the worker for nodemailer's default two minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as object);
  return {
    naam: new URL(smtpUrl).host,
    async verstuur(id, mail) {
      try {
        const info = await t.sendMail(bericht(id, mail));
        const geweigerd = (info.rejected ?? []).map(String);
        if (geweigerd.length > 0)
          logboek.warn({ outbox: id, geweigerd }, "mailserver weigerde een deel van de ontvangers");
      } catch (e) {
        const err = e as Error & { responseCode?: number };
        const code = err.responseCode;
        throw new VerzendFout(
          `${code ? `SMTP ${code}: ` : ""}${err.message}`,
          code !== undefined && code >= 500 && code < 600,
        );
      }
    },
    sluit: () => t.close(),
  };
}

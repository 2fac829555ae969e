// Attachments of a request: upload (JSON with base64 content; no multipart parser is installed),
// type taken from the content's magic bytes, size and count checked by the domain, bytes stored
// in the same transaction as the ConceptBijwerken event that lists them on the form; download
// only for who may see the request (404 otherwise). See docs/adr/0680-aanvraag-bijlagen.md; the
// total per request is checked under the request's row lock (ADR 0610, 0613).
import { createHash, randomUUID } from "node:crypto";
import { type Static, Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import type { Uitvoering } from "../../db/aanvragen.ts";
import type { DB } from "../../db/schema.ts";
import {
  type Aanvraag,
  type AanvraagCommando,
  AanvraagFout,
  BIJLAGE_MAX_BYTES,
  type Bijlage,
  controleerBijlagen,
  type Gebruiker,
  zichtbaarVoor,
} from "../../domain/aanvragen/index.ts";
import { fouten } from "../kern/schemas.ts";
import { Vrij } from "./schemas.ts";

type Mediatype = "application/pdf" | "image/png" | "image/jpeg";

/** The type by the first bytes of the content; null when it is none of the allowed ones. */
export function herkenMediatype(b: Uint8Array): Mediatype | null {
  const begint = (...xs: number[]) => xs.every((x, i) => b[i] === x);
  if (begint(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (begint(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (begint(0xff, 0xd8, 0xff)) return "image/jpeg";
  return null;
}

const EXTENSIES: Record<Mediatype, string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg", "jpe"],
};

/** A file name without path, control characters or quotes (it goes into a header and the PDF). */
export function schoneNaam(naam: string): string {
  const basis = naam.split(/[\\/]/).pop() ?? "";
  return [...basis]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join("")
    .trim()
    .slice(0, 200);
}

/**
 * All attachment bytes stored for one request, removed ones included (they keep their bytes, ADR
 * 0680): the default of `config.bijlagenTotaalMaxBytes` (ADR 0610).
 */
export { BIJLAGEN_TOTAAL_MAX_BYTES } from "../../config.ts";

// base64 of 10 MB is 13.4 MB; some room for the name and the JSON around it.
const BASE64_MAX = Math.ceil(BIJLAGE_MAX_BYTES / 3) * 4;
export const BIJLAGE_BODY_LIMIET = BASE64_MAX + 64 * 1024;

const UploadBody = Type.Object(
  {
    naam: Type.String({ minLength: 1, maxLength: 400 }),
    /** Optional: what the browser thinks it is; must agree with the content. */
    mediatype: Type.Optional(Type.String({ maxLength: 100 })),
    // Bounded by the route's bodyLimit; the domain names the 10 MB limit in its refusal.
    inhoud: Type.String({ minLength: 1 }),
    verwachteVersie: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
type UploadBody = Static<typeof UploadBody>;

const Params = Type.Object(
  { id: Type.String({ maxLength: 64 }), bijlageId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ongeldig = (melding: string) =>
  new AanvraagFout("ongeldige-bijlage", melding, { veld: "bijlage", velden: [{ veld: "bijlage", melding }] });

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;

/** Decodes and checks one upload; the bijlage as the form lists it, and its bytes. */
export function leesUpload(b: UploadBody): { bijlage: Bijlage; inhoud: Buffer } {
  const naam = schoneNaam(b.naam);
  if (!naam) throw ongeldig("De bijlage heeft geen bestandsnaam.");
  const tekst = b.inhoud.replace(/^data:[^,]*,/, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(tekst) || tekst.length % 4 === 1)
    throw ongeldig(`Bijlage "${naam}": de inhoud is geen geldige base64.`);
  const inhoud = Buffer.from(tekst, "base64");
  if (inhoud.length === 0) throw ongeldig(`Bijlage "${naam}" is leeg.`);
  const mediatype = herkenMediatype(inhoud);
  if (!mediatype)
    throw ongeldig(
      `Bijlage "${naam}" is geen PDF, PNG of JPEG (gecontroleerd op de inhoud, niet op de naam).`,
    );
  if (
    b.mediatype &&
    b.mediatype !== mediatype &&
    !(b.mediatype === "image/jpg" && mediatype === "image/jpeg")
  )
    throw ongeldig(`Bijlage "${naam}" is opgegeven als ${b.mediatype}, maar de inhoud is ${mediatype}.`);
  const ext = naam.includes(".") ? naam.split(".").pop()?.toLowerCase() : undefined;
  if (ext && !EXTENSIES[mediatype].includes(ext))
    throw ongeldig(`Bijlage "${naam}" heeft de extensie .${ext}, maar de inhoud is ${mediatype}.`);
  const bijlage: Bijlage = {
    id: randomUUID(),
    naam,
    mediatype,
    grootteBytes: inhoud.length,
    sha256: createHash("sha256").update(inhoud).digest("hex"),
  };
  controleerBijlagen([bijlage]);
  return { bijlage, inhoud };
}

/**
 * Locks the request's row until the transaction ends, then checks the total of its stored
 * attachments with the new one: an upload that waited for another sees that one's bytes, so two
 * together cannot pass the limit (ADR 0610, 0613). Call in the transaction that inserts.
 */
export async function controleerBijlagenTotaal(
  trx: Transaction<DB>,
  aanvraagId: string,
  bijlage: Bijlage,
  max: number,
): Promise<void> {
  await trx.selectFrom("aanvragen").select("id").where("id", "=", aanvraagId).forUpdate().executeTakeFirst();
  const { totaal } = await trx
    .selectFrom("aanvraag_bijlagen")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>("grootte_bytes"), eb.lit(0)).as("totaal"))
    .where("aanvraag_id", "=", aanvraagId)
    .executeTakeFirstOrThrow();
  if (Number(totaal) + bijlage.grootteBytes > max)
    throw ongeldig(
      `Bijlage "${bijlage.naam}" past niet meer: bij deze aanvraag is al ${mb(Number(totaal))} aan bijlagen opgeslagen (ook verwijderde tellen mee); de grens is ${mb(max)}.`,
    );
}

export interface BijlagenHulp {
  gebruikerVan: (req: FastifyRequest) => Gebruiker;
  zichtbaar: (req: FastifyRequest, id: string) => Promise<{ a: Aanvraag; g: Gebruiker }>;
  uitvoeren: (
    req: FastifyRequest,
    id: string,
    maak: (voor: Aanvraag | null) => AanvraagCommando,
    opties: {
      magZien: (a: Aanvraag) => boolean;
      vooraf: (trx: Transaction<DB>) => Promise<void>;
      daarna: (trx: Transaction<DB>, u: Uitvoering) => Promise<void>;
    },
  ) => Promise<Uitvoering>;
  nietGevonden: (id: string) => Error;
}

export function bijlagenRoutes(app: FastifyInstance, hulp: BijlagenHulp) {
  const { database, config } = app.deps;

  app.post(
    "/aanvragen/:id/bijlagen",
    {
      bodyLimit: BIJLAGE_BODY_LIMIET,
      config: { toegang: { ingelogd: true }, idempotent: true },
      schema: {
        tags: ["aanvragen"],
        summary: "Bijlage toevoegen (PDF, PNG of JPEG, ten hoogste 10 MB, als base64)",
        description:
          "Het type wordt bepaald uit de inhoud (magic bytes), niet uit de naam. De bijlage komt op het formulier via ConceptBijwerken (alleen de aanvragende partij, alleen zolang het formulier bewerkbaar is); de bytes worden in dezelfde transactie opgeslagen. Accepteert Idempotency-Key.",
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
        body: UploadBody,
        response: {
          201: Type.Object({ aanvraag: Vrij, bijlage: Vrij }),
          ...fouten(400, 401, 403, 404, 409, 413, 422),
        },
      },
    },
    async (req, reply) => {
      const id = (req.params as { id: string }).id;
      const g = hulp.gebruikerVan(req);
      const body = req.body as UploadBody;
      // Visibility first: decoding and hashing up to 10 MB is work only for who may see the request.
      await hulp.zichtbaar(req, id);
      const { bijlage, inhoud } = leesUpload(body);
      const nu = new Date();
      const u = await hulp.uitvoeren(
        req,
        id,
        (voor) => {
          if (!voor) throw hulp.nietGevonden(id);
          return {
            type: "ConceptBijwerken",
            aanvraagId: id,
            actor: g,
            nu,
            verwachteVersie: body.verwachteVersie,
            wijzigingen: {},
            bijlageToevoegen: bijlage,
          };
        },
        {
          magZien: (a) => zichtbaarVoor(a, g),
          // Before the decider: who waited for another upload hears that the file no longer
          // fits, not that the request changed (a retry would not help; ADR 0613).
          vooraf: (trx) => controleerBijlagenTotaal(trx, id, bijlage, config.bijlagenTotaalMaxBytes),
          daarna: async (trx) => {
            await trx
              .insertInto("aanvraag_bijlagen")
              .values({
                id: bijlage.id,
                aanvraag_id: id,
                naam: bijlage.naam,
                mediatype: bijlage.mediatype,
                grootte_bytes: bijlage.grootteBytes,
                sha256: bijlage.sha256,
                inhoud,
                door_gebruiker_id: g.gebruikerId,
                op: nu,
              })
              .execute();
          },
        },
      );
      reply.status(201);
      return { aanvraag: u.na, bijlage };
    },
  );

  app.get(
    "/aanvragen/:id/bijlagen/:bijlageId",
    {
      config: { toegang: { ingelogd: true } },
      schema: {
        tags: ["aanvragen"],
        summary: "Een bijlage downloaden (wie de aanvraag mag zien)",
        params: Params,
        produces: ["application/pdf", "image/png", "image/jpeg"],
        response: { ...fouten(401, 404) },
      },
    },
    async (req, reply: FastifyReply) => {
      const { id, bijlageId } = req.params as { id: string; bijlageId: string };
      await hulp.zichtbaar(req, id);
      const r = UUID.test(bijlageId)
        ? await database.db
            .selectFrom("aanvraag_bijlagen")
            .select(["naam", "mediatype", "sha256", "inhoud"])
            .where("id", "=", bijlageId)
            .where("aanvraag_id", "=", id)
            .executeTakeFirst()
        : undefined;
      if (!r) throw new AanvraagFout("bestaat-niet", `Bijlage ${bijlageId} bestaat niet bij deze aanvraag.`);
      const ascii = r.naam.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
      return reply
        .type(r.mediatype)
        .header(
          "content-disposition",
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(r.naam)}`,
        )
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .header("etag", `"${r.sha256}"`)
        .send(Buffer.from(r.inhoud));
    },
  );
}

// The audit chain: each record's hash covers the previous hash and the record's canonical JSON,
// so changing, removing or reordering any record breaks every hash after it.
import { createHash } from "node:crypto";

export const AUDIT_SCHEMA_VERSIE = 1;
export const NUL_HASH = "0".repeat(64);

export interface AuditInhoud {
  volgnummer: number;
  tijdstip: string; // ISO 8601 UTC, millisecond precision
  actorId: string | null;
  actorNaam: string | null;
  actorRollen: string[];
  actorOrganisatie: string | null;
  actie: string;
  onderwerpSoort: string | null;
  onderwerpId: string | null;
  gegevens: unknown;
  requestId: string | null;
  schemaVersie: number;
}

export interface AuditRecord extends AuditInhoud {
  vorigeHash: string;
  hash: string;
}

/** JSON with sorted keys and no whitespace (RFC 8785 style for the values we store). */
export function canoniekeJson(v: unknown): string {
  if (v === null || typeof v !== "object") {
    if (typeof v === "number" && !Number.isFinite(v)) return "null";
    return JSON.stringify(v) ?? "null";
  }
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (Array.isArray(v)) return `[${v.map(canoniekeJson).join(",")}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canoniekeJson(o[k])}`).join(",")}}`;
}

export function sha256(s: string): string {
  return createHash("sha256").update(s, "utf8").digest("hex");
}

export function berekenHash(vorigeHash: string, inhoud: AuditInhoud): string {
  return sha256(vorigeHash + canoniekeJson(inhoud));
}

export type VerificatieUitkomst =
  | { ok: true; aantal: number; laatsteHash: string }
  | { ok: false; aantal: number; eersteFout: { volgnummer: number; reden: string } };

/** Recomputes the chain record by record (in volgnummer order); remembers the first break. */
export class KetenVerificatie {
  #vorige = NUL_HASH;
  #aantal = 0;
  #fout: { volgnummer: number; reden: string } | undefined;

  voegToe(r: AuditRecord): boolean {
    if (this.#fout) return false;
    const verwacht = this.#aantal + 1;
    const fout = (reden: string) => {
      this.#fout = { volgnummer: r.volgnummer, reden };
      return false;
    };
    if (r.volgnummer !== verwacht)
      return fout(`volgnummer ${r.volgnummer}, verwacht ${verwacht} (record ontbreekt of verplaatst)`);
    if (r.vorigeHash !== this.#vorige) return fout("vorige_hash past niet bij het voorgaande record");
    const { hash, vorigeHash, ...inhoud } = r;
    if (berekenHash(vorigeHash, inhoud) !== hash)
      return fout("hash klopt niet met de inhoud (record gewijzigd)");
    this.#vorige = hash;
    this.#aantal++;
    return true;
  }

  uitkomst(kop?: { volgnummer: number; hash: string }): VerificatieUitkomst {
    if (this.#fout) return { ok: false, aantal: this.#aantal, eersteFout: this.#fout };
    if (kop && (kop.volgnummer !== this.#aantal || kop.hash !== this.#vorige)) {
      return {
        ok: false,
        aantal: this.#aantal,
        eersteFout: {
          volgnummer: this.#aantal + 1,
          reden: `keten eindigt bij ${this.#aantal}, maar de kop staat op ${kop.volgnummer} (records verwijderd)`,
        },
      };
    }
    return { ok: true, aantal: this.#aantal, laatsteHash: this.#vorige };
  }
}

export function verifieerKeten(
  records: Iterable<AuditRecord>,
  kop?: { volgnummer: number; hash: string },
): VerificatieUitkomst {
  const v = new KetenVerificatie();
  for (const r of records) if (!v.voegToe(r)) break;
  return v.uitkomst(kop);
}

/**
 * The chain head written down outside the database (ADR 0002): whoever can rewrite the whole
 * chain and its head cannot also rewrite the copies kept elsewhere.
 */
export interface Anker {
  volgnummer: number;
  hash: string;
  tijdstip: string;
}

/** One anchor per line (JSON Lines); returns the anchors or the first unreadable line (1-based). */
export function leesAnkers(tekst: string): { ankers: Anker[] } | { fout: string } {
  const ankers: Anker[] = [];
  for (const [i, regel] of tekst.split("\n").entries()) {
    if (!regel.trim()) continue;
    let a: Partial<Anker>;
    try {
      a = JSON.parse(regel) as Partial<Anker>;
    } catch {
      return { fout: `regel ${i + 1} is geen JSON` };
    }
    if (
      !Number.isSafeInteger(a.volgnummer) ||
      (a.volgnummer as number) < 0 ||
      typeof a.hash !== "string" ||
      !/^[0-9a-f]{64}$/.test(a.hash) ||
      typeof a.tijdstip !== "string"
    )
      return { fout: `regel ${i + 1} is geen anker (volgnummer, hash van 64 hextekens, tijdstip)` };
    ankers.push({ volgnummer: a.volgnummer as number, hash: a.hash, tijdstip: a.tijdstip });
  }
  return { ankers };
}

export interface AnkerAfwijking {
  anker: Anker;
  reden: string;
}

/**
 * Each anchor must match the record it names: same hash, and the record must still exist. Anchor
 * 0 is the empty chain (NUL_HASH). `hashVan` gives the stored hash of a record, or undefined.
 */
export function controleerAnkers(
  ankers: readonly Anker[],
  hashVan: (volgnummer: number) => string | undefined,
): AnkerAfwijking[] {
  const uit: AnkerAfwijking[] = [];
  for (const anker of ankers) {
    const hash = anker.volgnummer === 0 ? NUL_HASH : hashVan(anker.volgnummer);
    if (hash === undefined)
      uit.push({
        anker,
        reden: `record ${anker.volgnummer} bestaat niet (meer): het audittrail is ingekort`,
      });
    else if (hash !== anker.hash)
      uit.push({
        anker,
        reden: `record ${anker.volgnummer} heeft een andere hash dan het anker van ${anker.tijdstip}: het audittrail is herschreven`,
      });
  }
  return uit;
}

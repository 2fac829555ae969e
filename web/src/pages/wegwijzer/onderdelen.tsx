// Small pieces shared by the wegwijzer and the catalogue pages.
import type { Contact } from "./api.ts";
import { type Bron, bronnenTekst, telHref } from "./teksten.ts";

/** A citation line: "Bron: <document> — <section>". */
export function BronRegel({ bron }: { bron: readonly Bron[] | Bron }) {
  const lijst = Array.isArray(bron) ? bron : [bron as Bron];
  if (lijst.length === 0) return null;
  return (
    <p className="utrecht-paragraph ww-bron">
      <span className="ww-bron__label">Bron:</span> <cite>{bronnenTekst(lijst)}</cite>
    </p>
  );
}

export function Markering({
  soort,
  children,
}: {
  soort: "spoed" | "optioneel" | "telefoon" | "vervalt";
  children: string;
}) {
  return <span className={`ww-markering ww-markering--${soort}`}>{children}</span>;
}

/** A contact with its phone numbers as tel: links, 24/7 availability marked. */
export function ContactKaart({
  contact,
  toelichting,
  spoed247,
  kop = 3,
}: {
  contact: Contact;
  toelichting?: string;
  spoed247?: boolean;
  kop?: 3 | 4;
}) {
  const Kop = `h${kop}` as const;
  return (
    <div className="ww-contact">
      <Kop className={`utrecht-heading-${kop} ww-contact__naam`}>{contact.naam}</Kop>
      {toelichting && <p className="utrecht-paragraph">{toelichting}</p>}
      {spoed247 && (
        <p className="utrecht-paragraph">
          <Markering soort="spoed">Bij spoed 24/7 bereikbaar</Markering>
        </p>
      )}
      {contact.telefoon.length > 0 && (
        <ul className="ww-telefoons">
          {contact.telefoon.map((t) => (
            <li key={t.nummer + t.label}>
              <span className="ww-telefoons__label">{t.label}: </span>
              <a className="utrecht-link utrecht-link--telephone ww-tel" href={telHref(t.nummer)}>
                {t.nummer}
              </a>
              {t.bereikbaarheid === "24/7-bij-spoed" && <Markering soort="spoed">24/7</Markering>}
            </li>
          ))}
        </ul>
      )}
      {contact.email && (
        <p className="utrecht-paragraph">
          E-mail:{" "}
          <a className="utrecht-link" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </p>
      )}
      {contact.opmerking && <p className="utrecht-paragraph ww-zacht">{contact.opmerking}</p>}
      <BronRegel bron={contact.bron} />
    </div>
  );
}

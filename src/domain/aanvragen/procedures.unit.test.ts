// Generated from the catalogue: every procedure is walked by the book with the right actors, and
// every step is refused to the wrong role, to the right role of another organisation, out of order
// and with a stale version; plus refusal, partial supply, more information and the urgent path
// wherever the procedure offers them. A new procedure in the catalogue is tested here at once.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CATALOGUS } from "../wegwijzer/catalogus.ts";
import { herinneringen, teLaat } from "./bewaking.ts";
import { formaliseringOpen } from "./decider.ts";
import { notificaties } from "./notificaties.ts";
import { besluitStap, heeftTelefonischeRoute, TERMIJNEN } from "./taken.ts";
import {
  actorVoor,
  andereOrganisatie,
  andereRol,
  belLocc,
  commandoVoorTaak,
  gebruiker,
  kent,
  loop,
  nieuweAanvraag,
  type Scenario,
} from "./testhulp.ts";
import type { Taak } from "./typen.ts";

const LOCC = gebruiker("locc-piket", "locc");

/** After the decision: start, demobilise, close with costs, evaluate. */
function afronden(s: Scenario): void {
  const p = CATALOGUS.find((x) => x.id === s.a.procedureId);
  const requester = gebruiker(p?.voorbereiding.rollen[0] ?? "rccb-medewerker", s.a.aanvrager.organisatieId);
  s.doe({ type: "InzetStarten", actor: LOCC });
  assert.equal(s.a.status, "in-uitvoering");
  s.doe({ type: "Demobiliseren", actor: LOCC });
  s.doe({
    type: "Afsluiten",
    actor: LOCC,
    werkelijkeKosten: { bedragCent: 1_250_000, toelichting: "Personeel en vervoer." },
  });
  s.doe({ type: "EvaluatieVastleggen", actor: requester, notitie: "Goed verlopen; eerder bellen." });
  assert.equal(s.a.status, "afgesloten");
  assert.equal(s.a.afsluiting?.werkelijkeKosten.bedragCent, 1_250_000);
  assert.equal(s.a.evaluaties.length, 1);
}

for (const p of CATALOGUS) {
  const verplicht = p.stappen.filter((st) => !st.alleenBijSpoed);
  const heeftNegatief = p.stappen.some((st) =>
    st.uitkomsten.some((u) => u === "afwijzen" || u === "geen-toestemming"),
  );
  // In §1/§6 only the korpschef's partial refusal makes a partial coordination possible (art. 56
  // lid 4; review F2): aanvraag.unit.test.ts walks that path.
  const korpschefBeslistDeel = p.id.startsWith("politie-1-") || p.id.startsWith("politie-6-");
  const heeftGedeeltelijk =
    !korpschefBeslistDeel &&
    p.stappen.some((st) => st.uitkomsten.includes("gedeeltelijk") && st.soort !== "weigeren");
  const heeftMeerInfo = p.stappen.some((st) => st.uitkomsten.includes("meer-informatie"));
  const spoedVariant =
    p.stappen.some((st) => st.overslaanBijSpoed || st.alleenBijSpoed) || heeftTelefonischeRoute(p);

  describe(`procedure ${p.id}`, () => {
    test("het gewone pad: elke stap door de juiste rol en organisatie, tot afsluiting", () => {
      const s = nieuweAanvraag(p.id);
      assert.equal(s.a.status, "concept");
      assert.equal(s.a.referentienummer, "B-2026-VR09-0042");
      // Every task has an owner with a concrete organisation, and the order is the source's.
      assert.equal(s.a.taken.length, verplicht.length);
      for (const t of s.a.taken)
        assert.ok(
          t.eigenaar.organisaties.length > 0 || t.soort === "leveranciersbesluit" || t.soort === "informeren",
          `${t.id} zonder eigenaar`,
        );
      loop(s);
      for (const st of verplicht) {
        const t = s.a.taken.find((x) => x.stapId === st.id);
        assert.equal(t?.status, "gereed", `${st.id} is ${t?.status}`);
        assert.equal(t?.afhandeling?.door?.rollen[0], t?.eigenaar.rol);
      }
      if (p.verwijzing) {
        assert.equal(s.a.fasen[0]?.uitkomst, null);
        s.doe({ type: "Afsluiten", actor: LOCC, werkelijkeKosten: null });
        assert.equal(s.a.status, "afgesloten");
        return;
      }
      assert.equal(s.a.fasen[0]?.uitkomst, "toegekend");
      assert.equal(s.a.toegekendAantal, 4);
      afronden(s);
      // The timeline tells every step, who and when.
      assert.ok(s.a.tijdlijn.length >= verplicht.length + 4);
      assert.equal(s.a.versie, s.events.length);
    });

    test("elke stap geweigerd aan een verkeerde rol en aan dezelfde rol van een andere organisatie", () => {
      const s = nieuweAanvraag(p.id);
      let gecontroleerd = 0;
      loop(s, {
        voorElke: (t) => {
          const org = t.eigenaar.organisaties[0];
          assert.ok(org, `${t.id} zonder organisatie`);
          s.weiger(
            "verkeerde-rol",
            commandoVoorTaak(s, t, "positief", gebruiker(andereRol(t.eigenaar.rol), org)) as never,
          );
          const fout = s.weiger(
            "verkeerde-organisatie",
            commandoVoorTaak(s, t, "positief", gebruiker(t.eigenaar.rol, andereOrganisatie(org))) as never,
          );
          assert.match(fout.message, new RegExp(org));
          gecontroleerd++;
        },
      });
      assert.equal(gecontroleerd, verplicht.length);
    });

    test("geen stap vóór de stappen die eraan voorafgaan; een afgeronde stap kan niet nog eens", () => {
      const s = nieuweAanvraag(p.id);
      const geblokkeerd = s.a.taken.filter((t) => !t.beschikbaar && t.status === "open");
      for (const t of geblokkeerd) s.weiger("verkeerde-volgorde", commandoVoorTaak(s, t) as never);
      const eerste = s.a.taken.find((t) => t.beschikbaar) as Taak;
      const cmd = commandoVoorTaak(s, eerste);
      s.doe(cmd as never);
      s.weiger("al-afgehandeld", commandoVoorTaak(s, s.taak(eerste.id)) as never);
      if (p.stappen.length > 1)
        assert.ok(geblokkeerd.length > 0, "een procedure met meer stappen heeft een volgorde");
    });

    test("een verouderde versie geeft een conflict, geen stille overschrijving", () => {
      const s = nieuweAanvraag(p.id);
      const t = s.a.taken.find((x) => x.beschikbaar) as Taak;
      const cmd = commandoVoorTaak(s, t);
      s.doe(cmd as never);
      const volgende = s.a.taken.find((x) => x.beschikbaar);
      if (!volgende) return;
      const fout = s.weiger("versie-conflict", {
        ...commandoVoorTaak(s, volgende),
        verwachteVersie: s.a.versie - 1,
      } as never);
      assert.equal(fout.status, 409);
      assert.equal(fout.details.huidigeVersie, s.a.versie);
    });

    test("overslaan alleen waar de procedure het toestaat, met wie en waarom", () => {
      const s = nieuweAanvraag(p.id);
      for (const t of s.a.taken) {
        const st = p.stappen.find((x) => x.id === t.stapId);
        const mag = !!st && (st.optioneel || st.voorwaarde !== null);
        if (mag) continue;
        s.weiger("niet-overslaanbaar", {
          type: "StapOverslaan",
          actor: actorVoor(t),
          taakId: t.id,
          reden: "Haast.",
        });
      }
      const opt = s.a.taken.find((t) => t.magOverslaan && t.eigenaar.organisaties.length > 0);
      if (opt) {
        s.doe({ type: "StapOverslaan", actor: actorVoor(opt), taakId: opt.id, reden: "Niet nodig." });
        const na = s.taak(opt.id);
        assert.equal(na.status, "overgeslagen");
        assert.equal(na.afhandeling?.reden, "Niet nodig.");
        assert.equal(na.afhandeling?.door?.gebruikerId, actorVoor(opt).gebruikerId);
      }
    });

    if (heeftNegatief)
      test("afwijzing: met redenen, de aanvraag eindigt afgewezen en open taken vervallen", () => {
        const s = nieuweAanvraag(p.id);
        let gestopt: Taak | null = null;
        // (In an own §9 request the korpschef's refusal is the premise; the minister's refusal ends it.)
        loop(s, {
          stop: (t) => {
            if (!kent(t, "negatief") || t.commando === "KorpschefWeigeren") return false;
            gestopt = t;
            return true;
          },
        });
        const t = gestopt as Taak | null;
        assert.ok(t, "een afwijsbare stap");
        // Reasons are mandatory.
        const cmd = commandoVoorTaak(s, t, "negatief") as { redenen?: string[] };
        s.weiger("redenen-vereist", { ...cmd, redenen: [] } as never);
        s.doe(cmd as never);
        // A supplier's refusal is followed by the deciding organisation, who cannot grant.
        loop(s, {
          voorElke: (x) => {
            if (t.commando === "Leveranciersbesluit" && x.id === besluitTaakId(s) && kent(x, "positief"))
              s.weiger("besluit-ruimer-dan-leverancier", commandoVoorTaak(s, x, "positief") as never);
          },
          keuzeVoor: (x) => (kent(x, "negatief") ? "negatief" : "positief"),
        });
        assert.equal(s.a.status, "afgewezen");
        assert.equal(s.a.fasen[0]?.uitkomst, "afgewezen");
        assert.ok(s.a.taken.every((x) => x.status !== "open"));
        s.weiger("inzet-zonder-besluit", { type: "InzetStarten", actor: LOCC });
        const n = notificaties(null, s.events);
        assert.ok(n.some((x) => x.soort === "besluit" && x.organisatieId === s.a.aanvrager.organisatieId));
        s.doe({ type: "Afsluiten", actor: LOCC, werkelijkeKosten: null });
        assert.equal(s.a.status, "afgesloten");
      });

    if (heeftGedeeltelijk)
      test("gedeeltelijke levering: hoeveel van wat gevraagd is; het besluit gaat niet verder", () => {
        const s = nieuweAanvraag(p.id);
        let eerste = true;
        loop(s, {
          voorElke: (t) => {
            if (eerste && kent(t, "gedeeltelijk")) {
              const cmd = commandoVoorTaak(s, t, "gedeeltelijk") as Record<string, unknown>;
              s.weiger("geleverd-vereist", { ...cmd, geleverd: undefined } as never);
              s.weiger("geleverd-vereist", {
                ...cmd,
                geleverd: { aantal: 4, toelichting: "alles" },
              } as never);
            } else if (!eerste && kent(t, "gedeeltelijk") && t.commando !== "Toetsen")
              s.weiger("besluit-ruimer-dan-leverancier", commandoVoorTaak(s, t, "positief") as never);
          },
          keuzeVoor: (t) => {
            if (kent(t, "gedeeltelijk")) {
              eerste = false;
              return "gedeeltelijk";
            }
            return "positief";
          },
        });
        assert.equal(s.a.status, "gedeeltelijk-toegekend");
        assert.equal(s.a.toegekendAantal, 2);
        afronden(s);
      });

    if (heeftMeerInfo)
      test("meer informatie: terug naar de opsteller, daarna opnieuw door de stappen", () => {
        const s = nieuweAanvraag(p.id);
        let gevraagd = false;
        loop(s, {
          keuzeVoor: (t) => {
            if (!gevraagd && kent(t, "meer-informatie")) {
              gevraagd = true;
              return "meer-informatie";
            }
            return "positief";
          },
          stop: () => gevraagd && s.a.status === "aanvulling-gevraagd",
        });
        assert.equal(s.a.status, "aanvulling-gevraagd");
        assert.ok(s.a.besluiten.some((b) => b.uitkomst === "meer-informatie" && b.redenen.length > 0));
        const eerste = s.a.taken.find((t) => t.beschikbaar) as Taak;
        assert.ok(
          [
            "rccb-medewerker",
            "algemeen-commandant-bevolkingszorg",
            "nsgbo-sgbo",
            "officier-van-justitie",
          ].includes(eerste.eigenaar.rol),
          `terug bij de opsteller, niet bij ${eerste.eigenaar.rol}`,
        );
        assert.ok(notificaties(null, s.events).some((n) => n.soort === "aanvulling"));
        s.doe({
          type: "ConceptBijwerken",
          actor: actorVoor(eerste, s.a.aanvrager.organisatieId),
          wijzigingen: { reden: "Aangevuld: twee wedstrijden tegelijk." },
        });
        loop(s);
        assert.equal(s.a.fasen[0]?.uitkomst, "toegekend");
        assert.equal(s.a.gegevens.reden, "Aangevuld: twee wedstrijden tegelijk.");
      });

    test(
      spoedVariant
        ? "spoed: overslaan wat mag, telefonisch vooraf, inzet, te late formalisering escaleert naar het LOCC"
        : "spoed: deze procedure kent geen telefonische route; termijnen van een uur",
      () => {
        const s = nieuweAanvraag(p.id, { spoed: true });
        for (const st of p.stappen.filter((x) => x.alleenBijSpoed))
          assert.ok(
            s.a.taken.some((t) => t.stapId === st.id),
            `${st.id} hoort op het spoedpad`,
          );
        const t0 = s.a.taken.find((t) => t.beschikbaar) as Taak;
        assert.equal(
          Date.parse(t0.uiterlijk as string) - Date.parse(t0.beschikbaarSinds as string),
          TERMIJNEN.spoedMinuten * 60_000,
        );
        if (!heeftTelefonischeRoute(p)) {
          s.weiger("inzet-zonder-besluit", { type: "InzetStarten", actor: LOCC });
          loop(s, {
            overslaan: (t) => t.magOverslaan && !p.stappen.find((x) => x.id === t.stapId)?.voorwaarde,
          });
          const overgeslagen = s.a.taken.filter((t) => t.status === "overgeslagen");
          assert.equal(
            overgeslagen.length,
            p.stappen.filter((x) => (x.optioneel || x.overslaanBijSpoed) && !x.voorwaarde).length,
          );
          for (const t of overgeslagen) assert.ok(t.afhandeling?.door && t.afhandeling.reden);
          if (!p.verwijzing) assert.equal(s.a.fasen[0]?.uitkomst, "toegekend");
          return;
        }
        // Skip the optional pre-consultations, then the first contact by phone.
        loop(s, {
          overslaan: (t) => t.magOverslaan,
          stop: (t) => !t.magOverslaan,
        });
        s.weiger("inzet-zonder-besluit", { type: "InzetStarten", actor: LOCC });
        belLocc(s, "Bijstand toegezegd onder voorbehoud; formulier volgt.", "0612345678");
        // The call replaces the paper, not the decision (art. 57/58 Politiewet 2012; ADR 0602 F3).
        s.weiger("inzet-zonder-besluit", { type: "InzetStarten", actor: LOCC });
        // The deciders decide on the phone agreement; the written steps wait.
        loop(s, { overslaan: (t) => t.magOverslaan, stop: (t) => t.formalisering });
        loop(s, {
          overslaan: (t) => t.magOverslaan,
          volgorde: (a, b) => Number(a.formalisering) - Number(b.formalisering),
          stop: (t) => t.formalisering,
        });
        if (!p.verwijzing) assert.equal(s.a.fasen[0]?.uitkomst, "toegekend", "besluit telefonisch genomen");
        s.doe({ type: "InzetStarten", actor: LOCC });
        const start = s.a.inzet.gestartOp as string;
        assert.equal(s.a.inzet.voorFormalisering, true);
        assert.equal(
          Date.parse(s.a.inzet.formaliserenUiterlijk as string) - Date.parse(start),
          TERMIJNEN.formaliserenUren * 3_600_000,
        );
        assert.ok(formaliseringOpen(s.a), "formalisering nog open");
        s.weiger("formalisering-open", {
          type: "Afsluiten",
          actor: LOCC,
          werkelijkeKosten: { bedragCent: 0, toelichting: "-" },
        });
        // Late: reminder to the owners, escalation to the LOCC, once.
        const laat = new Date(Date.parse(s.a.inzet.formaliserenUiterlijk as string) + 3_600_000);
        assert.ok(teLaat(s.a, laat).some((x) => x.soort === "formalisering"));
        assert.equal(
          teLaat(s.a, new Date(Date.parse(start) + 60_000)).filter((x) => x.soort === "formalisering").length,
          0,
        );
        const ev = s.doe({ type: "TermijnenBewaken", actor: LOCC, nu: laat });
        s.nu = laat;
        assert.ok(ev.some((e) => e.type === "GeescaleerdNaarLocc"));
        assert.ok(ev.some((e) => e.type === "HerinneringVerstuurd" && e.taakId === null));
        const n = notificaties(null, s.events);
        assert.ok(
          n.some((x) => x.soort === "escalatie" && x.organisatieId === "locc" && x.rol === "locc-piket"),
        );
        assert.equal(
          herinneringen(s.a, laat).filter((h) => h.sleutel.startsWith("formalisering")).length,
          0,
          "niet twee keer",
        );
        // Formalise, then finish.
        loop(s, { overslaan: (t) => t.magOverslaan });
        assert.equal(formaliseringOpen(s.a), false);
        assert.equal(s.a.fasen[0]?.uitkomst, "toegekend");
        s.doe({ type: "Demobiliseren", actor: LOCC });
        s.doe({
          type: "Afsluiten",
          actor: LOCC,
          werkelijkeKosten: { bedragCent: 500_00, toelichting: "Vervoer." },
        });
        assert.equal(s.a.status, "afgesloten");
      },
    );
  });
}

function besluitTaakId(s: Scenario): string | null {
  const p = CATALOGUS.find((x) => x.id === s.a.procedureId);
  const bs = p ? besluitStap(p) : null;
  return bs ? (s.a.taken.find((t) => t.stapId === bs.id)?.id ?? null) : null;
}

test("de generator dekt elke procedure van de catalogus", () => {
  assert.equal(CATALOGUS.length, 18);
});

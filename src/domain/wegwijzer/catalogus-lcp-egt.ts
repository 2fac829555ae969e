// Defence assistance for guarding and securing (TIN-pelotons) from the Landelijk crisisplan
// extreem geweld en terrorisme, § 6.2.2. Every field cites its section.
import { A, LEVERANCIER, stappen, TOETS } from "./actoren.ts";
import { fp, lcp, pw } from "./bronnen.ts";
import type { Procedure } from "./typen.ts";

const t = "lcp-egt-tin-bewaken-beveiligen";
const BB = lcp("bijstand-defensie-bewaken-beveiligen");
const AANVRAAG = lcp("aanvraag-defensiecapaciteit");
const PRIO = lcp("prioritering-defensiecapaciteit");

export const PROCEDURES_LCP_EGT: Procedure[] = [
  {
    id: t,
    titel: "Bijstand van Defensie op bewaken en beveiligen (TIN-pelotons)",
    factsheet: "lcp-egt",
    sectie: "bijstand-defensie-bewaken-beveiligen",
    bron: [BB, AANVRAAG],
    soort: { waarde: "bijstand", bron: [BB] },
    grondslag: {
      waarde: [
        { law: "Politiewet 2012", article: 58, paragraph: 1, toelichting: "Bijstand aan de politie." },
        {
          law: "Politiewet 2012",
          article: 62,
          paragraph: null,
          toelichting: "In bijzondere gevallen: bijstand aan de KMar.",
        },
      ],
      bron: [BB, pw("art-58"), pw("art-62")],
    },
    gezag: {
      rollen: ["officier-van-justitie"],
      toelichting:
        "Deze specifieke bijstand vindt plaats onder het gezag van de officier van justitie; het OM blijft verantwoordelijkheid dragen voor de formele bijstandsaanvraag.",
      bron: [BB, AANVRAAG],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["nsgbo-sgbo"], bron: [AANVRAAG] },
    magIndienen: {
      rollen: ["nsgbo-sgbo", "officier-van-justitie"],
      toelichting:
        "De NSGBO van de politie of de SGBO van de KMar dient, met instemming van de officier van justitie, het verzoek in bij de Minister van Justitie en Veiligheid; het OM draagt de formele aanvraag.",
      bron: [AANVRAAG],
    },
    eersteContact: {
      contact: "nctv-cbb",
      spoed247: false,
      toelichting:
        "Het verzoek gaat naar de Minister van Justitie en Veiligheid; de Coördinator Bewaken en Beveiligen (CBB) van de NCTV oordeelt erover. Het LOCC coördineert bijstand van Defensie en neemt deel aan het Crisisberaad Opschaling BB.",
      bron: [AANVRAAG, lcp("6.2.2"), PRIO],
    },
    contacten: ["nctv-cbb", "locc", "officier-van-justitie"],
    voorwaarden: [
      {
        code: "concrete-dreiging",
        tekst: "Er is sprake van een concrete dreiging van extreem geweld, waaronder terrorisme.",
        bron: [BB],
      },
      {
        code: "capaciteit-ontoereikend",
        tekst:
          "De gewenste capaciteit is groter dan de beschikbare personeelscapaciteit (van politie of KMar).",
        bron: [BB, AANVRAAG],
      },
      {
        code: "statische-objectbewaking",
        tekst:
          "Het gaat om statische objectbewaking van risico-objecten, ter ondersteuning van de bewakingseenheden van politie en KMar, voor een beperkte tijdsduur.",
        bron: [BB],
      },
    ],
    besluit: {
      door: ["nctv-cbb"],
      namens: "bij de Minister van Justitie en Veiligheid",
      toelichting:
        "De CBB van de NCTV oordeelt over de aanvraag en verzoekt op basis hiervan Defensie over te gaan tot alarmering. Bij behoefte op meerdere plekken beoordeelt het Crisisberaad Opschaling BB een capaciteiten- en inzetplan; prioriteringskeuzes gaan zo nodig naar de ICCb.",
      bron: [AANVRAAG, PRIO],
    },
    // Art. 58 lid 2 Politiewet 2012: how Defence assists is determined in agreement with the
    // Minister of Defence. The LCP names no decider at Defence; the outcome of its preparation
    // (full, partial, refused) is that agreement, given by the step's owner (ADR 0103).
    leveranciersbesluit: {
      door: "defensie-dops",
      namens: "namens de Minister van Defensie",
      toelichting:
        "Op verzoek van de CBB start Defensie met de voorbereiding van een operationele inzet; de uitkomst (volledig, gedeeltelijk of niet) is de instemming van Defensie met de wijze van bijstand, die art. 58 lid 2 Politiewet 2012 vereist. Het oordeel van de CBB blijft het besluit over de aanvraag.",
      bron: [AANVRAAG, pw("art-58-lid-2")],
    },
    informeren: [
      { wie: "Defensie (verzoek tot alarmering, door de CBB)", bron: [AANVRAAG] },
      { wie: "Korpsleiding, bij bijstand aan de politie (via LE-POB)", bron: [fp("voetnoot-4")] },
      { wie: "Crisisberaad Opschaling BB, bij behoefte op meerdere plekken", bron: [PRIO] },
    ],
    kosten: {
      regimes: ["fnik"],
      toelichting:
        "Uit het FNIK-budget (convenant 10 juni 2010) worden additionele uitgaven voor militaire bijstand vergoed.",
      bron: [fp("10")],
    },
    stappen: stappen(t, AANVRAAG, [
      [
        "verzoek-opstellen",
        "opstellen",
        A.nsgbo,
        "De NSGBO van de politie of de SGBO van de KMar stelt een verzoek tot militaire bijstand van Defensie op, omdat de gewenste capaciteit groter is dan de beschikbare personeelscapaciteit.",
        { product: "Verzoek tot militaire bijstand (bewaken en beveiligen)", middel: "formulier" },
      ],
      [
        "instemming-ovj",
        "instemmen",
        A.ovj,
        "De officier van justitie stemt in met het verzoek; het OM blijft verantwoordelijkheid dragen voor de formele bijstandsaanvraag.",
        { product: "Instemming en formele bijstandsaanvraag OM", middel: "schriftelijk" },
      ],
      [
        "indienen",
        "indienen",
        A.nsgbo,
        "De NSGBO of SGBO dient het verzoek in bij de Minister van Justitie en Veiligheid.",
        { aan: [A.cbb], middel: "schriftelijk" },
      ],
      [
        "advies-militair-adviseur",
        "advies",
        A.militairAdviseur,
        "Voor advies omtrent de inzet van Defensie en bijstandsverzoeken is de militair adviseur aanwezig.",
        { aan: [A.nsgbo, A.cbb], optioneel: true, middel: "overleg" },
      ],
      [
        "oordeel-cbb",
        "toetsen",
        A.cbb,
        "De Coördinator Bewaken Beveiligen (CBB) van de NCTV oordeelt over de aanvraag.",
        { uitkomsten: TOETS, product: "Oordeel CBB" },
      ],
      [
        "alarmering",
        "verzoeken",
        A.cbb,
        "De CBB verzoekt op basis van het oordeel Defensie over te gaan tot alarmering.",
        { aan: [A.defensie], product: "Verzoek tot alarmering", middel: "telefoon" },
      ],
      [
        "voorbereiding-defensie",
        "uitvoeren",
        A.defensie,
        "Op grond van dit verzoek start Defensie met de voorbereiding van een operationele inzet (TIN-pelotons, verkorte reactietijd, beperkte tijdsduur).",
        { product: "Operationele inzet in voorbereiding", uitkomsten: LEVERANCIER },
      ],
      [
        "inzetplan",
        "opstellen",
        A.nsgbo,
        "Indien op meerdere plekken en/of regio's behoefte ontstaat voor bijstand van Defensie, stelt de NSGBO van politie en/of SGBO KMar een capaciteiten- en inzetplan op en legt dit voor aan het Crisisberaad Opschaling BB.",
        {
          aan: [A.crisisberaad],
          product: "Capaciteiten- en inzetplan",
          voorwaarde: "Behoefte aan bijstand van Defensie op meerdere plekken en/of in meerdere regio's.",
        },
      ],
      [
        "crisisberaad",
        "toetsen",
        A.crisisberaad,
        "Het Crisisberaad Opschaling BB beoordeelt het voorstel; wanneer nodig worden prioriteringskeuzes, met advies, voorgelegd aan de ICCb.",
        {
          uitkomsten: TOETS,
          product: "Beoordeling capaciteiten- en inzetplan",
          voorwaarde: "Behoefte aan bijstand van Defensie op meerdere plekken en/of in meerdere regio's.",
        },
      ],
      // Footnote 4 of the police factsheet: "Wel dient in de politielijn te allen tijde de
      // korpsleiding geïnformeerd te worden over inzet van de krijgsmacht ten behoeve van
      // politietaken, door tussenkomst van afdeling Preparatie en Operationeel Beheer" (reading 29).
      [
        "informeren-korpsleiding",
        "informeren",
        A.nsgbo,
        "In de politielijn wordt de korpsleiding geïnformeerd over de inzet van de krijgsmacht ten behoeve van politietaken, door tussenkomst van de afdeling Preparatie en Operationeel Beheer.",
        {
          aan: [A.lePob, A.korpschef],
          middel: "e-mail",
          voorwaarde: "Bijstand aan de politie (niet alleen aan de KMar).",
        },
      ],
      // Last: where Defence capacity is scarce, the Crisisberaad's allocation comes before how the
      // police or KMar deploy what they get (ADR 0100, reading 27).
      [
        "inzet-bepalen",
        "uitvoeren",
        A.nsgbo,
        "Het is aan de politie en/of KMar om, gegeven de opdracht van het gezag, te bepalen hoe de bijstand van Defensie in de praktijk wordt ingezet.",
        { product: "Inzet van de bijstand" },
      ],
    ])
      .map((s) =>
        s.id.endsWith("/inzetplan") || s.id.endsWith("/crisisberaad") ? { ...s, bron: [PRIO] } : s,
      )
      .map((s) => (s.id.endsWith("/inzet-bepalen") ? { ...s, bron: [BB] } : s))
      .map((s) => (s.id.endsWith("/informeren-korpsleiding") ? { ...s, bron: [fp("voetnoot-4")] } : s)),
    afwijkingen: [],
    verwijzing: false,
  },
];

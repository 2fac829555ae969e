// Procedures of the LOCC factsheet "Bijstand, militaire steunverlening en ondersteuning aan
// bevolkingszorg" (toelichting 1–6). Every field cites its section.
import { A, LEVERANCIER, stappen, TOETS } from "./actoren.ts";
import { fb, fp, wvr } from "./bronnen.ts";
import type { Procedure } from "./typen.ts";

const b1 = "bevolkingszorg-1-kennis-capaciteit";
const b2 = "bevolkingszorg-2-sis";
const b3 = "bevolkingszorg-3-btc";
const b4 = "bevolkingszorg-4-middelen";
const b5 = "bevolkingszorg-5-defensie-crisisbeheersing";
const b6 = "bevolkingszorg-6-militaire-steunverlening";

const LOCC_KOSTELOOS = "Het LOCC brengt geen kosten in rekening voor haar dienstverlening.";
const LEVERANCIER_MAG =
  "De steunverlenende partij kan wel kosten in rekening brengen bij de aanvragende partij.";
const FNIK =
  "Uit het FNIK-budget (convenant 10 juni 2010) worden uitgaven voor militaire bijstand en steunverlening vergoed; Defensie garandeert bepaalde inzet als aan procedures, randvoorwaarden en regels is voldaan.";

const ART51 = [{ law: "Wet veiligheidsregio's" as const, article: 51, paragraph: null, toelichting: null }];

/** §5 and §6 share the Defence request chain; the decision wording differs slightly. */
const OVR_VOOROVERLEG =
  "Tussen algemeen commandant bevolkingszorg/team bevolkingszorg en de Officier Veiligheidsregio (OVR) kan lokaal operationeel vooroverleg plaatsvinden om te onderzoeken of er potentiële militaire steunverlening beschikbaar is. Er kunnen geen toezeggingen gedaan worden; het vooroverleg kan worden overgeslagen.";
const LOCC_VOOROVERLEG =
  "Door of namens de algemeen commandant bevolkingszorg kan contact worden opgenomen met het LOCC voor informeel vooroverleg. Bij spoed kan dit 24 uur per dag.";

type StapRegel = Parameters<typeof stappen>[2][number];

/** "Tot slot": after each procedure the LOCC records the request in its overviews. */
const REGISTREREN: StapRegel = [
  "registreren",
  "registreren",
  A.locc,
  "Na het doorlopen van de procedure verwerkt het LOCC de aanvraag in haar capaciteitenoverzichten en indien noodzakelijk in het multidisciplinair operationeel beeld.",
  { product: "Aanvraag in capaciteitenoverzicht" },
];

/** "Tot slot": for SIS and the BTC the IFV, as beheerder, hears back about the deployment. */
const terugkoppelingIfv = (voorwaarde?: string): StapRegel => [
  "terugkoppeling",
  "informeren",
  A.locc,
  "Het IFV krijgt als beheerder van deze capaciteit een terugkoppeling over de inzet ten behoeve van de eventuele evaluatie.",
  { aan: [A.beheer], ...(voorwaarde ? { voorwaarde } : {}) },
];

/** "Tot slot" of the factsheet: the LOCC's overview and the IFV's feedback hold for § 1–3 too. */
const totSlot = <T extends { id: string; bron: unknown[] }>(stap: T): T =>
  /\/(registreren|terugkoppeling)$/.test(stap.id) ? { ...stap, bron: [fb("tot-slot")] } : stap;

export const PROCEDURES_BEVOLKINGSZORG: Procedure[] = [
  {
    id: b1,
    titel: "Kennis of capaciteiten van bevolkingszorg (ondersteuning door gemeenten van andere regio's)",
    factsheet: "bevolkingszorg",
    sectie: "1",
    bron: [fb("1"), fb("A")],
    soort: { waarde: "ondersteuning", bron: [fb("welke-steunverlening"), fb("A")] },
    grondslag: { waarde: null, bron: [fb("welke-steunverlening")] },
    // "Wie kan steunverlening verzoeken?": the ondersteuningsvraag between municipalities is made by
    // "een functionaris van bevolkingszorg die beslissingsbevoegd is. Dit kan een algemeen commandant
    // bevolkingszorg, hoofd taakorganisatie of coördinerend functionaris zijn." Each of them can be
    // the one who asks; the procedure names the ACB first (ADR 0107).
    gezag: {
      rollen: [
        "algemeen-commandant-bevolkingszorg",
        "hoofd-taakorganisatie-bevolkingszorg",
        "hoofd-taakorganisatie-crisiscommunicatie",
        "coordinerend-functionaris-bevolkingszorg",
      ],
      toelichting:
        "Door of namens de algemeen commandant bevolkingszorg van de getroffen regio. Met het oog op bijkomende kosten doet een beslissingsbevoegde functionaris van bevolkingszorg de vraag: een algemeen commandant bevolkingszorg, hoofd taakorganisatie of coördinerend functionaris.",
      bron: [fb("1"), fb("wie-kan-verzoeken")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["algemeen-commandant-bevolkingszorg"], bron: [fb("1")] },
    magIndienen: {
      rollen: [
        "algemeen-commandant-bevolkingszorg",
        "hoofd-taakorganisatie-bevolkingszorg",
        "hoofd-taakorganisatie-crisiscommunicatie",
        "coordinerend-functionaris-bevolkingszorg",
      ],
      toelichting:
        "Een functionaris van bevolkingszorg die beslissingsbevoegd is: een algemeen commandant bevolkingszorg, hoofd taakorganisatie of coördinerend functionaris (of iemand namens de algemeen commandant bevolkingszorg).",
      bron: [fb("1"), fb("wie-kan-verzoeken")],
    },
    eersteContact: {
      contact: "locc",
      spoed247: true,
      toelichting: "Telefonisch contact met het LOCC (piket bij spoed 24/7).",
      bron: [fb("1"), fb("contactgegevens")],
    },
    contacten: ["locc"],
    voorwaarden: [
      {
        code: "zorgniveau-overschreden",
        tekst: "De behoeften van de samenleving overstijgen het voorbereide zorgniveau van de regio.",
        bron: [fb("1"), fb("wanneer-steunverlening")],
      },
      {
        code: "regionale-capaciteit-uitgeput",
        tekst: "Voor capacitaire ondersteuning: de regionale capaciteit is uitgeput.",
        bron: [fb("1")],
      },
    ],
    besluit: {
      door: ["algemeen-commandant-bevolkingszorg"],
      namens: null,
      toelichting:
        "Het LOCC is makelaar, geen beheerder. Bij capaciteit stemt de contactpersoon van de andere regio met het bevoegde gezag af of ze de ondersteuning kunnen leveren; partijen maken onderling definitieve afspraken.",
      bron: [fb("1"), fb("rol-locc")],
    },
    leveranciersbesluit: {
      door: "contactpersoon-bevolkingszorg",
      namens: "na afstemming met het bevoegde gezag van de leverende regio",
      toelichting: "De contactpersoon stemt met het bevoegde gezag af of ze de ondersteuning kunnen leveren.",
      bron: [fb("1")],
    },
    informeren: [
      {
        wie: "Algemeen commandant bevolkingszorg van de getroffen regio (contactgegevens, door het LOCC)",
        bron: [fb("1")],
      },
    ],
    kosten: {
      regimes: ["onderling-af-te-spreken", "locc-kosteloos", "leverancier-mag-kosten-rekenen"],
      toelichting: `Het is aan de partijen onderling om afspraken te maken over duur en eventuele kosten. ${LOCC_KOSTELOOS} ${LEVERANCIER_MAG}`,
      bron: [fb("1"), fb("rol-locc")],
    },
    stappen: stappen(b1, fb("1"), [
      [
        "contact-locc",
        "contact",
        A.acb,
        "Door of namens de algemeen commandant bevolkingszorg van de getroffen regio wordt telefonisch contact opgenomen met het LOCC met een verzoek om kennis of capaciteit; het LOCC vraagt zo specifiek mogelijk te zijn.",
        { aan: [A.locc], middel: "telefoon", product: "Specifiek verzoek om kennis of capaciteit" },
      ],
      [
        "benaderen",
        "verzoeken",
        A.locc,
        "Het LOCC benadert met het specifieke verzoek de contactpersonen van andere regio's.",
        { aan: [A.contactAndereRegio], middel: "telefoon" },
      ],
      [
        "afstemmen-gezag",
        "leveranciersbesluit",
        A.contactAndereRegio,
        "In geval van uitputting van de regionale capaciteit en dus behoefte aan capacitaire ondersteuning, stemt de contactpersoon met het bevoegde gezag af of ze deze ondersteuning kunnen leveren.",
        { uitkomsten: LEVERANCIER, voorwaarde: "Het gaat om capaciteit (niet alleen kennis)." },
      ],
      [
        "contactgegevens",
        "informeren",
        A.contactAndereRegio,
        "De contactpersoon voorziet het LOCC van de contactgegevens.",
        { aan: [A.locc], product: "Contactgegevens" },
      ],
      [
        "doorgeven",
        "informeren",
        A.locc,
        "Het LOCC geeft deze gegevens door aan de algemeen commandant bevolkingszorg van de getroffen regio.",
        { aan: [A.acb], middel: "telefoon" },
      ],
      [
        "afspraken",
        "afspraken",
        A.acb,
        "Het is aan de partijen onderling om definitieve afspraken te maken over bijvoorbeeld duur en de eventuele kosten van de ondersteuning.",
        { aan: [A.contactAndereRegio], product: "Afspraken over duur en kosten", middel: "overleg" },
      ],
      // "Tot slot": after every procedure above the LOCC records the request (ADR 0100, reading 25).
      REGISTREREN,
    ]).map(totSlot),
    afwijkingen: [],
    verwijzing: false,
  },
  {
    id: b2,
    titel: "Inzet van de landelijke voorziening slachtofferinformatiesystematiek (SIS)",
    factsheet: "bevolkingszorg",
    sectie: "2",
    bron: [fb("2"), fb("A")],
    soort: { waarde: "ondersteuning", bron: [fb("welke-steunverlening"), fb("A")] },
    grondslag: { waarde: null, bron: [fb("welke-steunverlening")] },
    gezag: {
      rollen: ["algemeen-commandant-bevolkingszorg", "ovd-bevolkingszorg"],
      toelichting:
        "De officier van dienst bevolkingszorg of de algemeen commandant bevolkingszorg zet de activeringsprocedure in gang (of geeft iemand opdracht dat namens hen te doen).",
      bron: [fb("2")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["algemeen-commandant-bevolkingszorg", "ovd-bevolkingszorg"], bron: [fb("2")] },
    magIndienen: {
      rollen: ["algemeen-commandant-bevolkingszorg", "ovd-bevolkingszorg"],
      toelichting: "Alleen deze twee functionarissen (of iemand in hun opdracht, namens hen).",
      bron: [fb("2")],
    },
    eersteContact: {
      contact: "locc",
      spoed247: true,
      toelichting: "Telefonisch contact met het LOCC om de landelijke voorziening SIS te activeren.",
      bron: [fb("2")],
    },
    contacten: ["locc"],
    voorwaarden: [],
    besluit: {
      door: ["algemeen-commandant-bevolkingszorg", "ovd-bevolkingszorg"],
      namens: null,
      toelichting:
        "De algemeen commandant bevolkingszorg of de officier van dienst bevolkingszorg zet de activeringsprocedure in gang; het LOCC zorgt voor de verdere activering van de landelijke voorziening SIS.",
      bron: [fb("2")],
    },
    leveranciersbesluit: null,
    informeren: [
      { wie: "De beller (contactgegevens van de teamleider SIS, door het LOCC)", bron: [fb("2")] },
      { wie: "IFV als beheerder: terugkoppeling over de inzet voor evaluatie", bron: [fb("tot-slot")] },
    ],
    kosten: {
      regimes: ["afspraken-over-kosten", "locc-kosteloos"],
      toelichting: `Er zijn afspraken over de kosten van inzet. ${LOCC_KOSTELOOS}`,
      bron: [fb("2"), fb("rol-locc")],
    },
    stappen: stappen(b2, fb("2"), [
      [
        "contact-locc",
        "contact",
        A.acb,
        "De algemeen commandant bevolkingszorg of de officier van dienst bevolkingszorg neemt telefonisch contact op met het LOCC om de landelijke voorziening SIS te activeren.",
        { aan: [A.locc], middel: "telefoon" },
      ],
      [
        "inschatting",
        "opstellen",
        A.acb,
        "Het LOCC vraagt om een inschatting van aard en omvang van het incident en de contactgegevens van degene met wie de teamleider SIS contact onderhoudt.",
        { aan: [A.locc], middel: "telefoon", product: "Inschatting aard en omvang; contactpersoon regio" },
      ],
      [
        "teamleider-doorgeven",
        "informeren",
        A.locc,
        "Het LOCC geeft de contactgegevens van de teamleider SIS door aan de beller.",
        { aan: [A.acb], middel: "telefoon" },
      ],
      [
        "activeren",
        "uitvoeren",
        A.locc,
        "Het LOCC zorgt voor de verdere activering van de landelijke voorziening SIS.",
        { aan: [A.teamleiderSis] },
      ],
      [
        "contact-regio",
        "contact",
        A.teamleiderSis,
        "De teamleider SIS neemt vervolgens contact op met de door de beller aangegeven contactpersoon van de regionale crisisorganisatie.",
        { aan: [A.acb], middel: "telefoon" },
      ],
      REGISTREREN,
      terugkoppelingIfv(),
    ]).map(totSlot),
    afwijkingen: [],
    verwijzing: false,
  },
  {
    id: b3,
    titel: "Inzet van het bovenregionaal team crisiscommunicatie (BTC)",
    factsheet: "bevolkingszorg",
    sectie: "3",
    bron: [fb("3"), fb("A")],
    soort: { waarde: "ondersteuning", bron: [fb("welke-steunverlening"), fb("A")] },
    grondslag: { waarde: null, bron: [fb("welke-steunverlening")] },
    gezag: {
      rollen: ["hoofd-taakorganisatie-crisiscommunicatie"],
      toelichting: "Door of namens de hoofd taakorganisatie crisiscommunicatie.",
      bron: [fb("3")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["hoofd-taakorganisatie-crisiscommunicatie"], bron: [fb("3")] },
    magIndienen: {
      rollen: ["hoofd-taakorganisatie-crisiscommunicatie"],
      toelichting: "Door of namens de hoofd taakorganisatie crisiscommunicatie.",
      bron: [fb("3")],
    },
    eersteContact: {
      contact: "ncc",
      spoed247: false,
      toelichting: "Neem telefonisch contact op met het NCC (front office).",
      bron: [fb("A"), fb("3"), fb("contactgegevens")],
    },
    contacten: ["ncc", "locc"],
    voorwaarden: [
      {
        code: "regionale-pool-uitgeput",
        tekst: "Gaat het om capaciteit, dan is het uitgangspunt dat eerst de regionale pool wordt uitgeput.",
        bron: [fb("3")],
      },
    ],
    besluit: {
      door: ["hoofd-taakorganisatie-crisiscommunicatie", "ncc"],
      namens: null,
      toelichting:
        "In gezamenlijkheid wordt bepaald of er behoefte is aan advies of extra capaciteit; de crisiscommunicatieadviseur van het NCC laat de aanvrager weten of advies of capaciteit geleverd kan worden.",
      bron: [fb("3")],
    },
    leveranciersbesluit: null,
    informeren: [
      { wie: "IFV als beheerder: terugkoppeling over de inzet voor evaluatie", bron: [fb("tot-slot")] },
    ],
    kosten: {
      regimes: ["afspraken-over-kosten", "locc-kosteloos"],
      toelichting: `Er zijn afspraken over de kosten van inzet. ${LOCC_KOSTELOOS}`,
      bron: [fb("3"), fb("rol-locc")],
    },
    stappen: stappen(b3, fb("3"), [
      [
        "contact-ncc",
        "contact",
        A.hto,
        "Door of namens de hoofd taakorganisatie crisiscommunicatie wordt telefonisch contact opgenomen met het NCC.",
        { aan: [A.ncc], middel: "telefoon" },
      ],
      [
        "terugbellen",
        "vooroverleg",
        A.ncc,
        "Een crisiscommunicatieadviseur van het NCC belt terug voor informeel overleg. In gezamenlijkheid wordt bepaald of er behoefte is aan advies of extra capaciteit.",
        { aan: [A.hto], middel: "telefoon", product: "Vastgestelde behoefte: advies of capaciteit" },
      ],
      [
        "capaciteitsvraag",
        "opstellen",
        A.locc,
        "Indien het een vraag is om extra capaciteit (crisiscommunicatieadviseurs, hoofd taakorganisatie en/of omgevingsspecialisten), ondersteunt het LOCC het NCC met het invullen van de capaciteitsvraag.",
        { aan: [A.ncc], voorwaarde: "Het gaat om extra capaciteit.", product: "Ingevulde capaciteitsvraag" },
      ],
      [
        "antwoord",
        "leveranciersbesluit",
        A.ncc,
        "De crisiscommunicatieadviseur van het NCC laat aan de aanvrager weten of advies of capaciteit geleverd kan worden.",
        { aan: [A.hto], uitkomsten: LEVERANCIER, middel: "telefoon" },
      ],
      REGISTREREN,
      terugkoppelingIfv("Er is capaciteit van het bovenregionaal team crisiscommunicatie ingezet."),
    ]).map(totSlot),
    afwijkingen: [],
    verwijzing: false,
  },
  {
    id: b4,
    titel: "Extra middelen van andere kolommen, provincies of rijksdiensten (o.a. IFV)",
    factsheet: "bevolkingszorg",
    sectie: "4",
    bron: [fb("4"), fb("A")],
    soort: { waarde: "bijstand", bron: [fb("welke-steunverlening"), fb("A")] },
    grondslag: { waarde: ART51, bron: [fb("4"), fb("welke-steunverlening"), wvr("art-51")] },
    gezag: {
      rollen: ["voorzitter-veiligheidsregio"],
      toelichting:
        "Het aanvragen van bijstand op grond van artikel 51 Wet veiligheidsregio's kan alleen door de voorzitter van de veiligheidsregio; het formulier wordt ondertekend door of namens hem.",
      bron: [fb("wie-kan-verzoeken"), fb("4")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["algemeen-commandant-bevolkingszorg"], bron: [fb("4")] },
    magIndienen: {
      rollen: ["voorzitter-veiligheidsregio", "algemeen-commandant-bevolkingszorg"],
      toelichting:
        "De voorzitter van de veiligheidsregio ondertekent; de algemeen commandant bevolkingszorg stelt op en verzendt namens hem.",
      bron: [fb("wie-kan-verzoeken"), fb("4")],
    },
    eersteContact: {
      contact: "locc",
      spoed247: true,
      toelichting:
        "(Namens) de algemeen commandant bevolkingszorg wordt contact opgenomen met het LOCC voor informeel vooroverleg. Bij spoed 24/7.",
      bron: [fb("4")],
    },
    contacten: ["locc"],
    voorwaarden: [
      {
        code: "art-51-organisatie",
        tekst:
          "Het gaat om middelen van organisaties die artikel 51 Wet veiligheidsregio's limitatief noemt: brandweerorganisaties, ambulancevervoerders, provinciale diensten, rijksdiensten (zoals het IFV) en defensie.",
        bron: [fb("welke-steunverlening"), fb("4")],
      },
      {
        code: "noodzaak",
        tekst: "Het LOCC toetst onder andere de noodzaak voor inzet.",
        bron: [fb("4")],
      },
    ],
    besluit: {
      door: ["locc"],
      namens: null,
      toelichting:
        "Het LOCC toetst de aanvraag, onder andere om de noodzaak voor inzet vast te stellen. De factsheet noemt geen afzonderlijke beslisser bij de leverende partij.",
      bron: [fb("4")],
    },
    leveranciersbesluit: null,
    informeren: [],
    kosten: {
      regimes: ["ifv-prijslijst", "leverancier-mag-kosten-rekenen", "locc-kosteloos"],
      toelichting: `Voor de middelen van het IFV is een catalogus en prijslijst voor handen. ${LEVERANCIER_MAG} ${LOCC_KOSTELOOS}`,
      bron: [fb("4"), fb("rol-locc")],
    },
    stappen: stappen(b4, fb("4"), [
      [
        "vooroverleg-locc",
        "contact",
        A.acb,
        "(Namens) de algemeen commandant bevolkingszorg wordt contact opgenomen met het LOCC voor informeel vooroverleg. Bij spoed kan dit 24 uur per dag.",
        { aan: [A.locc], middel: "telefoon" },
      ],
      [
        "formulier",
        "opstellen",
        A.acb,
        "Algemeen commandant bevolkingszorg/team bevolkingszorg stelt het aanvraagformulier op.",
        {
          product: "Aanvraagformulier bijstand (website LOCC)",
          middel: "formulier",
          telefonischVooraf: true,
        },
      ],
      [
        "ondertekenen",
        "ondertekenen",
        A.voorzitterVr,
        "Het aanvraagformulier dient te worden ondertekend door of namens de voorzitter van de veiligheidsregio.",
        { product: "Ondertekend aanvraagformulier", middel: "formulier", telefonischVooraf: true },
      ],
      [
        "verzenden",
        "indienen",
        A.acb,
        "Algemeen commandant bevolkingszorg/team bevolkingszorg verzendt het aanvraagformulier per e-mail naar het LOCC en meldt dit telefonisch.",
        { aan: [A.locc], middel: "e-mail", telefonischVooraf: true },
      ],
      [
        "toetsen",
        "toetsen",
        A.locc,
        "Het LOCC toetst de aanvraag, onder andere om de noodzaak voor inzet vast te stellen.",
        { uitkomsten: TOETS },
      ],
      REGISTREREN,
      [
        "formaliseren",
        "formaliseren",
        A.acb,
        "In spoedgevallen vindt het contact telefonisch plaats en wordt de schriftelijke afhandeling later geformaliseerd.",
        {
          product: "Achteraf geformaliseerd aanvraagformulier",
          aan: [A.locc],
          middel: "formulier",
          alleenBijSpoed: true,
        },
      ],
    ]).map((s) => (s.id.endsWith("/registreren") ? { ...s, bron: [fb("tot-slot")] } : s)),
    afwijkingen: [],
    verwijzing: false,
  },
  {
    id: b5,
    titel: "Bijstand van extra capaciteiten defensie ten behoeve van de crisisbeheersing",
    factsheet: "bevolkingszorg",
    sectie: "5",
    bron: [fb("5"), fb("A")],
    soort: { waarde: "bijstand", bron: [fb("welke-steunverlening"), fb("A")] },
    grondslag: { waarde: ART51, bron: [fb("5"), wvr("art-51")] },
    gezag: {
      rollen: ["voorzitter-veiligheidsregio"],
      toelichting:
        "Bijstand op grond van artikel 51 Wet veiligheidsregio's kan alleen door de voorzitter van de veiligheidsregio worden aangevraagd; het formulier wordt ondertekend door of namens hem.",
      bron: [fb("wie-kan-verzoeken"), fb("5")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["algemeen-commandant-bevolkingszorg", "defensie-ovr"], bron: [fb("5")] },
    magIndienen: {
      rollen: ["voorzitter-veiligheidsregio", "algemeen-commandant-bevolkingszorg"],
      toelichting:
        "De voorzitter van de veiligheidsregio ondertekent; de algemeen commandant bevolkingszorg stelt op (eventueel met de OVR) en verzendt.",
      bron: [fb("wie-kan-verzoeken"), fb("5")],
    },
    eersteContact: {
      contact: "locc",
      spoed247: true,
      toelichting:
        "Door of namens de algemeen commandant bevolkingszorg kan contact worden opgenomen met het LOCC voor informeel vooroverleg (bij spoed 24/7); lokaal vooroverleg met de OVR is mogelijk.",
      bron: [fb("5")],
    },
    contacten: ["locc", "defensie-ovr"],
    voorwaarden: [
      {
        code: "crisisbeheersing",
        tekst:
          "Het gaat om capaciteiten van defensie ten behoeve van crisisbeheersing, zoals omschreven in de catalogus nationale operaties.",
        bron: [fb("A"), fb("5")],
      },
      {
        code: "andere-regios",
        tekst:
          "Het LOCC toetst of met middelen van andere regio's de beoogde effecten ook bereikt kunnen worden.",
        bron: [fb("5")],
      },
    ],
    besluit: {
      door: ["cds"],
      namens: "namens de Minister van Defensie",
      toelichting:
        "De Commandant der Strijdkrachten neemt na beoordeling van DOPS NATOPS en advies van DJZ het besluit tot bijstand of de afwijzing daarvan.",
      bron: [fb("5")],
    },
    leveranciersbesluit: {
      door: "cds",
      namens: "namens de Minister van Defensie",
      toelichting: "Na beoordeling van DOPS NATOPS en advies van DJZ.",
      bron: [fb("5")],
    },
    informeren: [
      { wie: "DOC en DJZ (afschrift van het verzoek)", bron: [fb("5")] },
      { wie: "LOCC (door DOPS NATOPS, over het besluit)", bron: [fb("5")] },
      { wie: "Algemeen commandant bevolkingszorg/team bevolkingszorg (door het LOCC)", bron: [fb("5")] },
    ],
    kosten: {
      regimes: ["fnik", "locc-kosteloos"],
      toelichting: `${FNIK} ${LOCC_KOSTELOOS}`,
      bron: [fb("5"), fb("rol-locc")],
    },
    stappen: stappen(b5, fb("5"), [
      [
        "vooroverleg-ovr",
        "vooroverleg",
        A.acb,
        OVR_VOOROVERLEG,
        { aan: [A.ovr], middel: "overleg", optioneel: true },
      ],
      [
        "vooroverleg-locc",
        "vooroverleg",
        A.acb,
        LOCC_VOOROVERLEG,
        { aan: [A.locc], middel: "telefoon", optioneel: true },
      ],
      [
        "formulier",
        "opstellen",
        A.acb,
        "Algemeen commandant bevolkingszorg/team bevolkingszorg stelt, eventueel ondersteund door de OVR, het aanvraagformulier op.",
        {
          product: "Aanvraagformulier militaire bijstand (website LOCC)",
          middel: "formulier",
          telefonischVooraf: true,
        },
      ],
      [
        "ondertekenen",
        "ondertekenen",
        A.voorzitterVr,
        "Het aanvraagformulier dient te worden ondertekend door of namens de voorzitter van de veiligheidsregio.",
        { product: "Ondertekend aanvraagformulier", middel: "formulier", telefonischVooraf: true },
      ],
      [
        "verzenden",
        "indienen",
        A.acb,
        "Algemeen commandant bevolkingszorg/team bevolkingszorg verzendt het aanvraagformulier per e-mail naar het LOCC en meldt dit telefonisch.",
        { aan: [A.locc], middel: "e-mail", telefonischVooraf: true },
      ],
      [
        "toetsen",
        "toetsen",
        A.locc,
        "Het LOCC toetst de aanvraag of met middelen van andere regio's de beoogde effecten ook bereikt kunnen worden.",
        { uitkomsten: TOETS },
      ],
      [
        "verzoek-defensie",
        "verzoeken",
        A.locc,
        "Het LOCC richt een verzoek om militaire steunverlening aan de Directie Operaties (DOPS NATOPS) van het Ministerie van Defensie. Het verzoek wordt tegelijkertijd in afschrift gestuurd naar het Defensie Operatiecentrum (DOC) en de Directie Juridische Zaken (DJZ).",
        {
          product: "Verzoek aan Defensie",
          aan: [A.dopsNatops],
          afschriftAan: [A.doc, A.djz],
          middel: "schriftelijk",
          telefonischVooraf: true,
        },
      ],
      // An assessment for the CDS, not a check that can end the request: "neemt de Commandant der
      // Strijdkrachten na beoordeling van DOPS NATOPS en advies van DJZ het besluit tot bijstand of
      // de afwijzing daarvan" (ADR 0100, reading 22).
      [
        "beoordelen",
        "advies",
        A.dopsNatops,
        "DOPS NATOPS inventariseert de beschikbaarheid van de in te zetten capaciteiten en beoordeelt of de inzet operationeel uitvoerbaar is.",
        { aan: [A.cds], product: "Beoordeling operationele uitvoerbaarheid" },
      ],
      [
        "advies-djz",
        "advies",
        A.djz,
        "DJZ adviseert de Commandant der Strijdkrachten.",
        { aan: [A.cds], product: "Advies DJZ" },
      ],
      [
        "besluit",
        "leveranciersbesluit",
        A.cds,
        "Namens de Minister van Defensie neemt de Commandant der Strijdkrachten na beoordeling van DOPS NATOPS en advies van DJZ het besluit tot bijstand of de afwijzing daarvan.",
        { product: "Besluit tot bijstand of afwijzing", uitkomsten: LEVERANCIER },
      ],
      [
        "informeren-locc",
        "informeren",
        A.dopsNatops,
        "DOPS NATOPS informeert het LOCC over het genomen besluit.",
        { aan: [A.locc] },
      ],
      [
        "informeren-regio",
        "informeren",
        A.locc,
        "Het LOCC informeert de algemeen commandant bevolkingszorg/team bevolkingszorg en legt indien noodzakelijk de operationele contacten, al dan niet via de Officier Veiligheidsregio (OVR), binnen de aanvragende regio.",
        { aan: [A.acb, A.ovr], middel: "telefoon" },
      ],
      [
        "registreren",
        "registreren",
        A.locc,
        "Het LOCC verwerkt de aanvraag in haar capaciteitenoverzichten en indien noodzakelijk in het multidisciplinair operationeel beeld.",
        { product: "Aanvraag in capaciteitenoverzicht" },
      ],
      [
        "formaliseren",
        "formaliseren",
        A.acb,
        "In spoedgevallen vindt het contact telefonisch plaats en wordt de schriftelijke afhandeling later geformaliseerd.",
        {
          product: "Achteraf geformaliseerd aanvraagformulier",
          aan: [A.locc],
          middel: "formulier",
          alleenBijSpoed: true,
        },
      ],
    ]).map((s) => (s.id.endsWith("/registreren") ? { ...s, bron: [fb("tot-slot")] } : s)),
    afwijkingen: [
      {
        bronZegt:
          "Toelichting 5 (bijstand op grond van art. 51 Wvr): het LOCC richt een verzoek om militaire steunverlening aan DOPS NATOPS.",
        gevolgd:
          "Het gaat om bijstand (art. 51 Wet veiligheidsregio's), geen militaire steunverlening in het openbaar belang; de soort blijft bijstand, de stap volgt de tekst.",
        bron: [fb("5"), fb("welke-steunverlening")],
      },
    ],
    verwijzing: false,
  },
  {
    id: b6,
    titel: "Militaire steunverlening in het openbaar belang",
    factsheet: "bevolkingszorg",
    sectie: "6",
    bron: [fb("6"), fb("A")],
    soort: { waarde: "militaire-steunverlening", bron: [fb("welke-steunverlening"), fb("6")] },
    grondslag: {
      waarde: [
        {
          law: "Regeling militaire steunverlening in het openbaar belang",
          article: null,
          paragraph: null,
          toelichting: "Stcrt 2008, 3",
        },
      ],
      bron: [fb("6"), fb("welke-steunverlening"), fp("11")],
    },
    gezag: {
      rollen: ["burgemeester", "voorzitter-veiligheidsregio"],
      toelichting:
        "Het bevoegde bestuursorgaan: de burgemeester van de getroffen gemeente (de procedure: ondertekend door of namens de burgemeester) of de voorzitter van de veiligheidsregio. Andere bevoegde bestuursorganen zijn de Commissaris van de Koning en de Minister.",
      bron: [fb("wie-kan-verzoeken"), fb("voetnoot-4"), fb("6")],
    },
    primusInterPares: {
      rol: "voorzitter-veiligheidsregio",
      toelichting:
        "Is de steun niet aan één gemeente te koppelen, dan is de voorzitter van de veiligheidsregio het bevoegde bestuursorgaan (zie ADR 0100).",
      bron: [fb("wie-kan-verzoeken")],
    },
    voorbereiding: { rollen: ["algemeen-commandant-bevolkingszorg", "defensie-ovr"], bron: [fb("6")] },
    magIndienen: {
      rollen: ["burgemeester", "voorzitter-veiligheidsregio", "algemeen-commandant-bevolkingszorg"],
      toelichting:
        "Het bevoegde bestuursorgaan (burgemeester of voorzitter veiligheidsregio) ondertekent; de algemeen commandant bevolkingszorg stelt op en verzendt. Andere bevoegde bestuursorganen zijn de Commissaris van de Koning en de Minister; de factsheet beschrijft hun aanvraag niet. Een officier van justitie kan geen militaire steunverlening aanvragen.",
      bron: [fb("wie-kan-verzoeken"), fb("voetnoot-4"), fb("6"), fp("11")],
    },
    eersteContact: {
      contact: "locc",
      spoed247: true,
      toelichting:
        "Door of namens de algemeen commandant bevolkingszorg kan contact worden opgenomen met het LOCC voor informeel vooroverleg (bij spoed 24/7); lokaal vooroverleg met de OVR is mogelijk.",
      bron: [fb("6"), fb("rol-locc")],
    },
    contacten: ["locc", "defensie-ovr"],
    voorwaarden: [
      {
        code: "geen-crisisbeheersing",
        tekst:
          "Het gaat om steun bij bestuurlijke taken en verantwoordelijkheden niet zijnde crisisbeheersingstaken, in het openbaar belang.",
        bron: [fb("6"), fb("welke-steunverlening")],
      },
      {
        code: "geen-marktpartij",
        tekst:
          "De te leveren dienst kan niet door een civiele marktpartij worden gedaan; bij de aanvraag moet gemotiveerd worden waarom de opdracht niet aan een marktpartij kan worden gegund.",
        bron: [fb("6"), fb("welke-steunverlening")],
      },
      {
        code: "geen-politietaak",
        tekst:
          "Het gaat niet om doeleinden binnen het taakveld van de politie; daarvoor geldt bijstand in het kader van de Politiewet 2012.",
        bron: [fb("voetnoot-8"), fp("11")],
      },
      {
        code: "via-locc",
        tekst: "Militaire steunverlening in het openbaar belang dient via het LOCC te worden aangevraagd.",
        bron: [fb("rol-locc")],
      },
    ],
    besluit: {
      door: ["cds"],
      namens: "namens de Minister van Defensie",
      toelichting:
        "De Commandant der Strijdkrachten is gemandateerd tot het nemen van het besluit tot steunverlening of de afwijzing daarvan.",
      bron: [fb("6")],
    },
    leveranciersbesluit: {
      door: "cds",
      namens: "namens de Minister van Defensie",
      toelichting: "Gemandateerd besluit tot steunverlening of afwijzing.",
      bron: [fb("6")],
    },
    informeren: [
      { wie: "DOC en DJZ (afschrift van het verzoek)", bron: [fb("6")] },
      { wie: "LOCC (door DOPS NATOPS/DOC, over het besluit)", bron: [fb("6")] },
      { wie: "Algemeen commandant bevolkingszorg/team bevolkingszorg (door het LOCC)", bron: [fb("6")] },
    ],
    kosten: {
      regimes: ["fnik", "locc-kosteloos"],
      toelichting: `${FNIK} ${LOCC_KOSTELOOS}`,
      bron: [fb("5"), fp("10"), fb("rol-locc")],
    },
    stappen: stappen(b6, fb("6"), [
      [
        "vooroverleg-ovr",
        "vooroverleg",
        A.acb,
        OVR_VOOROVERLEG,
        { aan: [A.ovr], middel: "overleg", optioneel: true },
      ],
      [
        "vooroverleg-locc",
        "vooroverleg",
        A.acb,
        LOCC_VOOROVERLEG,
        { aan: [A.locc], middel: "telefoon", optioneel: true },
      ],
      [
        "formulier",
        "opstellen",
        A.acb,
        "Algemeen commandant bevolkingszorg/team bevolkingszorg stelt, ondersteund door de OVR, het aanvraagformulier op, met de motivering waarom de opdracht niet aan een marktpartij kan worden gegund.",
        {
          product: "Aanvraagformulier militaire steunverlening (website LOCC)",
          middel: "formulier",
          telefonischVooraf: true,
        },
      ],
      [
        "ondertekenen",
        "ondertekenen",
        A.burgemeesterBz,
        "Het aanvraagformulier dient te worden ondertekend door of namens de burgemeester (of, als bevoegd bestuursorgaan, de voorzitter van de veiligheidsregio).",
        { product: "Ondertekend aanvraagformulier", middel: "formulier", telefonischVooraf: true },
      ],
      [
        "verzenden",
        "indienen",
        A.acb,
        "Algemeen commandant bevolkingszorg/team bevolkingszorg verzendt het aanvraagformulier per e-mail naar het LOCC en meldt dit telefonisch.",
        { aan: [A.locc], middel: "e-mail", telefonischVooraf: true },
      ],
      [
        "toetsen",
        "toetsen",
        A.locc,
        "Het LOCC toetst de aanvraag op het aspect of met andere civiele middelen de beoogde effecten ook bereikt kunnen worden.",
        { uitkomsten: TOETS },
      ],
      [
        "verzoek-defensie",
        "verzoeken",
        A.locc,
        "Het LOCC richt een verzoek om militaire steunverlening aan de Directie Operaties (DOPS NATOPS) van het Ministerie van Defensie. Het verzoek wordt tegelijkertijd in afschrift gestuurd naar het Defensie Operatiecentrum (DOC) en de Directie Juridische Zaken (DJZ).",
        {
          product: "Verzoek om militaire steunverlening",
          aan: [A.dopsNatops],
          afschriftAan: [A.doc, A.djz],
          middel: "schriftelijk",
          telefonischVooraf: true,
        },
      ],
      [
        "besluit",
        "leveranciersbesluit",
        A.cds,
        "Namens de Minister van Defensie is de Commandant der Strijdkrachten gemandateerd tot het nemen van het besluit tot steunverlening of de afwijzing daarvan.",
        { product: "Besluit tot steunverlening of afwijzing", uitkomsten: LEVERANCIER },
      ],
      [
        "informeren-locc",
        "informeren",
        A.dopsNatops,
        "DOPS NATOPS/DOC informeert het LOCC over het genomen besluit.",
        { aan: [A.locc] },
      ],
      [
        "informeren-regio",
        "informeren",
        A.locc,
        "Het LOCC informeert de algemeen commandant bevolkingszorg/team bevolkingszorg en legt indien noodzakelijk de operationele contacten, al dan niet via de Officier Veiligheidsregio (OVR), binnen de aanvragende regio.",
        { aan: [A.acb, A.ovr], middel: "telefoon" },
      ],
      [
        "registreren",
        "registreren",
        A.locc,
        "Het LOCC verwerkt de aanvraag in haar capaciteitenoverzichten en indien noodzakelijk in het multidisciplinair operationeel beeld.",
        { product: "Aanvraag in capaciteitenoverzicht" },
      ],
      [
        "formaliseren",
        "formaliseren",
        A.acb,
        "In spoedgevallen vindt het contact telefonisch plaats en wordt de schriftelijke afhandeling later geformaliseerd.",
        {
          product: "Achteraf geformaliseerd aanvraagformulier",
          aan: [A.locc],
          middel: "formulier",
          alleenBijSpoed: true,
        },
      ],
    ]).map((s) => (s.id.endsWith("/registreren") ? { ...s, bron: [fb("tot-slot")] } : s)),
    afwijkingen: [
      {
        bronZegt:
          "Procedure toelichting 6: het aanvraagformulier wordt ondertekend door of namens de burgemeester.",
        gevolgd:
          "'Wie kan steunverlening verzoeken?': het bevoegde bestuursorgaan is hetzij de voorzitter van de veiligheidsregio hetzij de burgemeester van de getroffen gemeente. Beide worden aanvaard; niet-plaatsgebonden vragen gaan via de voorzitter.",
        bron: [fb("6"), fb("wie-kan-verzoeken")],
      },
    ],
    verwijzing: false,
  },
];

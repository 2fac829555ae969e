// Procedures of the LOCC factsheet "Bijstand & ondersteuning aan de politie" (§1–§9 and the
// flowchart's referral for foreign police in justice tasks). Every field cites its section.
import { A, LEVERANCIER, stappen, TOETS } from "./actoren.ts";
import { fp, pw } from "./bronnen.ts";
import type { Procedure } from "./typen.ts";

const SPOED_FORMALISEREN =
  "In spoedgevallen vindt het contact telefonisch plaats en wordt het verzoek achteraf geformaliseerd.";

const KOSTEN_NIET_VERMELD = {
  regimes: ["niet-vermeld" as const],
  toelichting: "De factsheet zegt niets over kosten van bijstand binnen de politie.",
  bron: [fp("procedures-en-bereikbaarheid")],
};
const KOSTEN_FNIK = {
  regimes: ["fnik" as const],
  toelichting:
    "Additionele uitgaven voor militaire bijstand worden vergoed uit het FNIK-budget (convenant 10 juni 2010); bij uitzonderlijk grootschalige of langdurige inzet kan in overleg worden afgeweken (art. 5 convenant).",
  bron: [fp("10")],
};

/**
 * Art. 57 Politiewet 2012: whether the KMar assists is decided "na overleg" with the Minister of
 * Defence (lid 2), how "in overeenstemming" with him (lid 3). Toelichting 3 and 7 say "na overleg"
 * for both (ADR 0101).
 */
function kmarAfwijking(sectie: "3" | "7", beslisser: string) {
  return {
    bronZegt: `Namens de Minister van Veiligheid en Justitie en na overleg met de Minister van Defensie (DJZ) bepaalt ${beslisser} of, en zo ja, op welke wijze, bijstand wordt verleend.`,
    gevolgd:
      "Art. 57 Politiewet 2012: of bijstand wordt verleend, bepaalt de Minister van Veiligheid en Justitie na overleg met de Minister van Defensie (lid 2); op welke wijze, in overeenstemming met hem (lid 3). De wet wordt gevolgd: over de wijze beslist Defensie mee.",
    bron: [fp(sectie), pw("art-57-lid-2"), pw("art-57-lid-3")],
  };
}
const kmarLeveranciersbesluit = (sectie: "3" | "7") => ({
  door: "defensie-djz" as const,
  namens: "namens de Minister van Defensie (de SG als korpsbeheerder van de KMar)",
  toelichting:
    sectie === "3"
      ? "DJZ informeert het LOCC namens de SG over het standpunt van het Ministerie van Defensie; over de wijze van bijstand is overeenstemming met de Minister van Defensie nodig (art. 57 lid 3 Politiewet 2012)."
      : "DJZ en de Commandant KMar adviseren de SG; over de wijze van bijstand is overeenstemming met de Minister van Defensie nodig (art. 57 lid 3 Politiewet 2012).",
  bron: [fp(sectie), pw("art-57-lid-3")],
});

const p1 = "politie-1-bijstand-andere-eenheid-oo";
const p2w = "politie-2-waterwerper";
const p2b = "politie-2-bewakingscontainer-vrt";
const p3 = "politie-3-kmar-oo";
const p4 = "politie-4-krijgsmacht-oo";
const p5 = "politie-5-buitenland-oo";
const p6 = "politie-6-bijstand-andere-eenheid-justitie";
const p7 = "politie-7-kmar-justitie";
const p8 = "politie-8-krijgsmacht-justitie";
const p9 = "politie-9-afwijzing-en-beroep";
const pb = "politie-b-buitenland-justitie";

/** §1 and §6 share their steps; only the authority differs (art. 56 lid 1 vs lid 2). */
function stappenAndereEenheid(id: string, sectie: "1" | "6", gezag: typeof A.burgemeester) {
  return stappen(id, fp(sectie), [
    [
      "contact-pob",
      "contact",
      A.rccb,
      "Vanuit de eenheid die bijstand nodig heeft, neemt RCCB contact op met de afdeling Preparatie en Operationeel Beheer. Bij spoed kan dit 24 uur per dag.",
      { aan: [A.lePob], middel: "telefoon" },
    ],
    [
      "formulier",
      "opstellen",
      A.rccb,
      "RCCB stelt het aanvraagformulier op.",
      { product: "Aanvraagformulier bijstand (intranet politie)", middel: "formulier" },
    ],
    [
      "zienswijze",
      "zienswijze",
      A.regioburgemeester,
      "De regioburgemeester wordt in de gelegenheid gesteld zijn zienswijze over het verzoek te geven; de zienswijze wordt bij het aanvraagformulier gevoegd. Behoudens in spoedeisende gevallen.",
      { product: "Zienswijze van de regioburgemeester", middel: "schriftelijk", overslaanBijSpoed: true },
    ],
    [
      "indienen",
      "ondertekenen",
      gezag,
      sectie === "1"
        ? "Het aanvraagformulier wordt door de burgemeester ingediend bij de korpschef en bevat naast de feitelijke aanvraag tevens de zienswijze van de regioburgemeester."
        : "Het aanvraagformulier wordt door de officier van justitie ingediend bij de korpschef (art. 56 lid 2 Politiewet 2012; de factsheet noemt hier abusievelijk de burgemeester) en bevat naast de feitelijke aanvraag tevens de zienswijze van de regioburgemeester.",
      { product: "Ondertekend verzoek om bijstand", aan: [A.korpschef], middel: "formulier" },
    ],
    [
      "verzenden",
      "indienen",
      A.rccb,
      "RCCB verzendt het aanvraagformulier per e-mail naar de afdeling Preparatie en Operationeel Beheer.",
      { aan: [A.lePob], middel: "e-mail" },
    ],
    [
      "coordineren",
      "coordineren",
      A.lePob,
      "De afdeling Preparatie en Operationeel Beheer coördineert de bijstand tussen de RCCB's van de eenheden die bijstand gaan leveren met het RCCB dat bijstand aanvraagt.",
      // How much is delivered is coordinated here; refusing the request is the korpschef's own
      // act, written, with reasons and a copy to DGPOL, open to appeal (§ 9, art. 56 lid 4 Politiewet
      // 2012): KorpschefWeigeren, not this step (ADR 0100, reading 26).
      {
        aan: [A.rccbLeverend, A.rccb],
        middel: "overleg",
        uitkomsten: ["volledig", "gedeeltelijk"],
      },
    ],
    [
      "informeren-locc",
      "informeren",
      A.lePob,
      "De afdeling Preparatie en Operationeel Beheer informeert het LOCC over de wijze waarop de bijstand geleverd wordt.",
      { aan: [A.locc], middel: "e-mail" },
    ],
  ]);
}

export const PROCEDURES_POLITIE: Procedure[] = [
  {
    id: p1,
    titel: "Bijstand aan een eenheid door een andere eenheid, voor handhaving van de openbare orde",
    factsheet: "politie",
    sectie: "1",
    bron: [fp("1"), fp("stroomschema-A")],
    soort: { waarde: "bijstand", bron: [fp("1")] },
    grondslag: {
      waarde: [{ law: "Politiewet 2012", article: 56, paragraph: 1, toelichting: null }],
      bron: [fp("1"), pw("art-56-lid-1")],
    },
    gezag: {
      rollen: ["burgemeester"],
      toelichting: "De burgemeester dient het verzoek om bijstand in bij de korpschef.",
      bron: [fp("1"), fp("politie-en-bevoegd-gezag")],
    },
    primusInterPares: {
      rol: "regioburgemeester",
      toelichting:
        "Is de bijstand vooraf niet aan één gemeente te koppelen, dan dient de regioburgemeester het verzoek als primus inter pares in (naar analogie van toelichting 3 en 4; zie ADR 0100).",
      bron: [fp("3"), fp("4")],
    },
    voorbereiding: { rollen: ["rccb-medewerker"], bron: [fp("1"), fp("locc-rccb-pob")] },
    magIndienen: {
      rollen: ["burgemeester", "rccb-medewerker"],
      toelichting: "De burgemeester dient in; RCCB stelt op en verzendt namens hem.",
      bron: [fp("1")],
    },
    eersteContact: {
      contact: "le-pob",
      spoed247: true,
      toelichting:
        "Neem contact op met de Landelijke Eenheid, afdeling Preparatie en Operationeel Beheer. Bij spoed 24/7.",
      bron: [fp("stroomschema-A"), fp("1")],
    },
    contacten: ["le-pob", "locc"],
    voorwaarden: [
      {
        code: "eigen-capaciteit-onvoldoende",
        tekst: "De capaciteit binnen de eigen eenheid is onvoldoende (na verificatie via RCCB).",
        bron: [fp("stroomschema-1")],
      },
      {
        code: "gezag-burgemeester",
        tekst: "De inzet valt onder het gezag van de burgemeester (handhaving openbare orde, hulpverlening).",
        bron: [fp("politie-en-bevoegd-gezag")],
      },
    ],
    besluit: {
      door: ["korpschef"],
      namens: null,
      toelichting:
        "Het verzoek wordt gericht aan de korpschef, die in principe uitvoering geeft aan de aanvraag; de afdeling Preparatie en Operationeel Beheer coördineert de levering. Afwijzing: zie toelichting 9.",
      bron: [fp("1"), fp("9")],
    },
    leveranciersbesluit: null,
    informeren: [{ wie: "LOCC (door LE-POB, over de wijze van levering)", bron: [fp("1")] }],
    kosten: KOSTEN_NIET_VERMELD,
    stappen: stappenAndereEenheid(p1, "1", A.burgemeester),
    afwijkingen: [],
    verwijzing: false,
  },
  {
    id: p2w,
    titel: "Middelen Ministerie van Veiligheid en Justitie: waterwerper",
    factsheet: "politie",
    sectie: "2",
    bron: [fp("2"), fp("stroomschema-A"), fp("stroomschema-B")],
    soort: { waarde: "ondersteuning", bron: [fp("2")] },
    grondslag: { waarde: null, bron: [fp("2")] },
    gezag: {
      rollen: ["burgemeester", "officier-van-justitie"],
      toelichting:
        "Inzet is mogelijk onder gezag van de burgemeester of de officier van justitie; bij een daadwerkelijke inzet moet uit het aanvraagformulier blijken wie het bevoegd gezag is (bij een oefening niet).",
      bron: [fp("2")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["rccb-medewerker"], bron: [fp("2")] },
    magIndienen: {
      rollen: ["rccb-medewerker", "burgemeester", "officier-van-justitie"],
      toelichting:
        "RCCB neemt contact op en stuurt het formulier; het bevoegd gezag blijkt uit het formulier.",
      bron: [fp("2")],
    },
    eersteContact: {
      contact: "locc",
      spoed247: true,
      toelichting:
        "Voor inzet van een waterwerper (ook bij oefeningen) neemt RCCB contact op met het LOCC. Bij spoed 24/7.",
      bron: [fp("2"), fp("stroomschema-A")],
    },
    contacten: ["locc"],
    voorwaarden: [
      {
        code: "eigen-capaciteit-onvoldoende",
        tekst: "De capaciteit binnen de eigen eenheid is onvoldoende (na verificatie via RCCB).",
        bron: [fp("stroomschema-1")],
      },
    ],
    besluit: {
      door: ["locc"],
      namens: null,
      toelichting:
        "Het LOCC toetst de aanvraag, legt contact met de beheersorganisatie en coördineert de verdere inzet met RCCB.",
      bron: [fp("2")],
    },
    leveranciersbesluit: null,
    informeren: [
      { wie: "Beheersorganisatie (IFV / Materieel en Logistiek), door het LOCC", bron: [fp("2")] },
    ],
    kosten: {
      regimes: ["niet-vermeld"],
      toelichting: "De factsheet zegt niets over kosten van de middelen van het ministerie.",
      bron: [fp("2")],
    },
    stappen: stappen(p2w, fp("2"), [
      [
        "contact-locc",
        "contact",
        A.rccb,
        "Voor inzet van een waterwerper (ook bij oefeningen) neemt RCCB contact op met het LOCC. Bij spoed kan dit 24 uur per dag.",
        { aan: [A.locc], middel: "telefoon" },
      ],
      // "bij spoed achteraf": otherwise the form comes before the LOCC checks the request; on the
      // urgent path it is the written formalisation after the call (ADR 0100, reading 28).
      [
        "formulier",
        "indienen",
        A.rccb,
        "RCCB stuurt (bij spoed achteraf) een aanvraagformulier per e-mail naar het LOCC. Bij een daadwerkelijke inzet moet uit het aanvraagformulier blijken wie het bevoegd gezag is; bij een oefening is dat niet nodig.",
        {
          product: "Aanvraagformulier waterwerper (website LOCC)",
          aan: [A.locc],
          middel: "e-mail",
          telefonischVooraf: true,
        },
      ],
      ["toetsen", "toetsen", A.locc, "Het LOCC toetst de aanvraag.", { uitkomsten: TOETS, middel: "intern" }],
      [
        "beheersorganisatie",
        "verzoeken",
        A.locc,
        "Het LOCC legt contact met de beheersorganisatie en coördineert de verdere inzet met RCCB.",
        { aan: [A.beheer, A.rccb], middel: "telefoon" },
      ],
    ]),
    afwijkingen: [],
    verwijzing: false,
  },
  {
    id: p2b,
    titel: "Middelen Ministerie van Veiligheid en Justitie: bewakingscontainers en VRT-voertuigen",
    factsheet: "politie",
    sectie: "2",
    bron: [fp("2"), fp("stroomschema-A"), fp("stroomschema-B")],
    soort: { waarde: "ondersteuning", bron: [fp("2")] },
    grondslag: { waarde: null, bron: [fp("2")] },
    gezag: {
      rollen: ["burgemeester", "officier-van-justitie"],
      toelichting: "Inzet is mogelijk onder gezag van de burgemeester of de officier van justitie.",
      bron: [fp("2")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["rccb-medewerker"], bron: [fp("2")] },
    magIndienen: {
      rollen: ["rccb-medewerker", "burgemeester", "officier-van-justitie"],
      toelichting: "RCCB neemt contact op met de piketambtenaar DB3.",
      bron: [fp("2")],
    },
    eersteContact: {
      contact: "nctv-db3",
      spoed247: false,
      toelichting:
        "Voor inzet van bewakingscontainers of VRT-voertuigen neemt RCCB contact op met de piketambtenaar van de directie Bewaken, Beveiligen en Burgerluchtvaart (DB3) van de NCTV. (Het stroomschema verwijst voor alle middelen naar het LOCC; toelichting 2 noemt voor deze middelen DB3.)",
      bron: [fp("2")],
    },
    contacten: ["nctv-db3", "locc"],
    voorwaarden: [
      {
        code: "eigen-capaciteit-onvoldoende",
        tekst: "De capaciteit binnen de eigen eenheid is onvoldoende (na verificatie via RCCB).",
        bron: [fp("stroomschema-1")],
      },
    ],
    besluit: {
      door: ["nctv-db3"],
      namens: null,
      toelichting:
        "DB3 toetst de inzet en verstrekt (al dan niet) toestemming tot inzet aan RCCB, in afschrift aan de beheersorganisatie.",
      bron: [fp("2")],
    },
    leveranciersbesluit: null,
    informeren: [{ wie: "Beheersorganisatie (afschrift van de toestemming)", bron: [fp("2")] }],
    kosten: {
      regimes: ["niet-vermeld"],
      toelichting: "De factsheet zegt niets over kosten van de middelen van het ministerie.",
      bron: [fp("2")],
    },
    stappen: stappen(p2b, fp("2"), [
      [
        "contact-db3",
        "contact",
        A.rccb,
        "Voor inzet van bewakingscontainers of VRT-voertuigen neemt RCCB contact op met de piketambtenaar van DB3 van de NCTV.",
        { aan: [A.db3], middel: "telefoon" },
      ],
      [
        "toestemming",
        "besluiten",
        A.db3,
        "DB3 toetst de inzet en verstrekt (al dan niet) toestemming tot inzet aan RCCB, in afschrift aan de beheersorganisatie.",
        {
          aan: [A.rccb],
          afschriftAan: [A.beheer],
          uitkomsten: ["toestemming", "geen-toestemming"],
          product: "Toestemming tot inzet",
        },
      ],
      [
        "beheersorganisatie",
        "uitvoeren",
        A.rccb,
        "RCCB neemt zelf contact op met de beheersorganisatie.",
        { aan: [A.beheer], middel: "telefoon", voorwaarde: "DB3 heeft toestemming gegeven." },
      ],
    ]),
    afwijkingen: [
      {
        bronZegt:
          "Het stroomschema (A en B) zegt voor middelen van het ministerie: neem contact op met het LOCC.",
        gevolgd:
          "Toelichting 2 noemt voor bewakingscontainers en VRT-voertuigen de piketambtenaar DB3 van de NCTV; de meer specifieke toelichting wordt gevolgd.",
        bron: [fp("stroomschema-A"), fp("2")],
      },
    ],
    verwijzing: false,
  },
  {
    id: p3,
    titel: "Bijstand aan de politie door de Koninklijke Marechaussee, voor handhaving van de openbare orde",
    factsheet: "politie",
    sectie: "3",
    bron: [fp("3"), fp("stroomschema-A")],
    soort: { waarde: "bijstand", bron: [fp("3")] },
    grondslag: {
      waarde: [{ law: "Politiewet 2012", article: 57, paragraph: 1, toelichting: null }],
      bron: [fp("3"), pw("art-57")],
    },
    gezag: {
      rollen: ["burgemeester"],
      toelichting:
        "De burgemeester is verantwoordelijk voor de handhaving van de openbare orde en bepaalt of bijstand van de KMar wenselijk is; het formulier wordt ondertekend door of namens de burgemeester.",
      bron: [fp("3")],
    },
    primusInterPares: {
      rol: "regioburgemeester",
      toelichting:
        "Indien de noodzakelijke bijstand vooraf niet aan een specifieke locatie (gemeente) te koppelen is, kan de regioburgemeester het bijstandsverzoek als primus inter pares indienen.",
      bron: [fp("3")],
    },
    voorbereiding: { rollen: ["rccb-medewerker"], bron: [fp("3")] },
    magIndienen: {
      rollen: ["burgemeester", "rccb-medewerker"],
      toelichting: "Ondertekend door of namens de burgemeester; RCCB stelt op en verzendt.",
      bron: [fp("3")],
    },
    eersteContact: {
      contact: "locc",
      spoed247: true,
      toelichting:
        "Vanuit de eenheid die bijstand nodig heeft, neemt RCCB contact op met het LOCC voor informeel vooroverleg. Bij spoed 24/7.",
      bron: [fp("stroomschema-A"), fp("3")],
    },
    contacten: ["locc", "kmar-ccb", "le-pob"],
    voorwaarden: [
      {
        code: "eigen-capaciteit-onvoldoende",
        tekst: "De capaciteit binnen de eigen eenheid is onvoldoende (na verificatie via RCCB).",
        bron: [fp("stroomschema-1")],
      },
      {
        code: "geen-uitputting-nodig",
        tekst:
          "Uitputting van de politie is niet noodzakelijk; een specifiek verzoek om KMar-bijstand (bijvoorbeeld wegens lokale bekendheid of geoefendheid, zoals bij stadions) is mogelijk.",
        bron: [fp("3"), fp("stroomschema-A")],
      },
    ],
    besluit: {
      door: ["locc"],
      namens:
        "namens de Minister van Veiligheid en Justitie; of: na overleg met de Minister van Defensie (DJZ), op welke wijze: in overeenstemming met hem",
      toelichting:
        "Het LOCC bepaalt of, en zo ja, op welke wijze, bijstand wordt verleend. De factsheet zegt voor beide 'na overleg'; art. 57 lid 3 Politiewet 2012 vereist voor de wijze overeenstemming met de Minister van Defensie.",
      bron: [fp("3"), pw("art-57-lid-2"), pw("art-57-lid-3")],
    },
    leveranciersbesluit: kmarLeveranciersbesluit("3"),
    informeren: [
      { wie: "Korpschef van politie (door het LOCC, via LE-POB)", bron: [fp("3")] },
      { wie: "Defensie Operatiecentrum (afschrift van het verzoek)", bron: [fp("3")] },
      { wie: "RCCB (door het LOCC, over het besluit)", bron: [fp("3")] },
    ],
    kosten: {
      ...KOSTEN_FNIK,
      toelichting: `${KOSTEN_FNIK.toelichting} De KMar is een deel van de krijgsmacht (zie ADR 0100).`,
    },
    stappen: stappen(p3, fp("3"), [
      [
        "vooroverleg-kmar",
        "vooroverleg",
        A.rccb,
        "Tussen RCCB van de vragende eenheid en CCB-KMar of andere betrokken KMar-eenheid kan lokaal operationeel vooroverleg plaatsvinden om te onderzoeken of er potentiële bijstand beschikbaar is. Er kunnen geen toezeggingen gedaan worden.",
        { aan: [A.kmarCcb], middel: "overleg", optioneel: true },
      ],
      [
        "contact-locc",
        "contact",
        A.rccb,
        "Vanuit de eenheid die bijstand nodig heeft, neemt RCCB contact op met het LOCC voor informeel vooroverleg. Bij spoed kan dit 24 uur per dag.",
        { aan: [A.locc], middel: "telefoon" },
      ],
      [
        "formulier",
        "opstellen",
        A.rccb,
        "RCCB stelt het aanvraagformulier op.",
        {
          product: "Aanvraagformulier bijstand KMar (website LOCC)",
          middel: "formulier",
          telefonischVooraf: true,
        },
      ],
      [
        "ondertekenen",
        "ondertekenen",
        A.burgemeester,
        "Het aanvraagformulier dient te worden ondertekend door of namens de burgemeester.",
        { product: "Ondertekend aanvraagformulier", middel: "formulier", telefonischVooraf: true },
      ],
      [
        "verzenden",
        "indienen",
        A.rccb,
        "RCCB verzendt het aanvraagformulier per e-mail naar het LOCC.",
        { aan: [A.locc], middel: "e-mail", telefonischVooraf: true },
      ],
      [
        "registreren",
        "registreren",
        A.locc,
        "Het LOCC verwerkt de aanvraag in haar capaciteitenoverzichten en indien noodzakelijk in het multidisciplinair landelijk operationeel beeld.",
        { product: "Aanvraag in capaciteitenoverzicht" },
      ],
      ["toetsen", "toetsen", A.locc, "Het LOCC toetst de aanvraag.", { uitkomsten: TOETS }],
      [
        "informeren-korpschef",
        "informeren",
        A.locc,
        "Het LOCC informeert de korpschef van politie, door tussenkomst van de afdeling Preparatie en Operationeel Beheer van de landelijke eenheid.",
        { aan: [A.lePob, A.korpschef], middel: "e-mail" },
      ],
      [
        "vooroverleg-dops-kmar",
        "vooroverleg",
        A.locc,
        "Het LOCC neemt contact op met Directie Operaties KMar (DOPS-KMar) en heeft informeel vooroverleg.",
        { aan: [A.kmarDops], middel: "overleg" },
      ],
      [
        "verzoek-defensie",
        "verzoeken",
        A.locc,
        "Het LOCC richt een verzoek om bijstand aan de Directie Juridische Zaken (DJZ) van het Ministerie van Defensie en aan DOPS-KMar. Het verzoek wordt tegelijkertijd in afschrift gestuurd naar het Defensie Operatiecentrum (DOC).",
        {
          product: "Verzoek om bijstand aan Defensie",
          aan: [A.djz, A.kmarDops],
          afschriftAan: [A.doc],
          middel: "schriftelijk",
          telefonischVooraf: true,
        },
      ],
      // "adviseren DJZ en Commandant KMar daarop de Secretaris-generaal": two advisers, two steps
      // (ADR 0100, reading 23); the SG's position follows both.
      [
        "advies-sg-commandant-kmar",
        "advies",
        A.commandantKmar,
        "Vanuit hun verantwoordelijkheden ten aanzien van de uit te voeren bijstand adviseren DJZ en Commandant KMar de Secretaris-generaal van Defensie in zijn hoedanigheid als korpsbeheerder van de KMar: het advies van de Commandant KMar.",
        { aan: [A.sg], product: "Advies Commandant KMar aan de SG", middel: "intern" },
      ],
      [
        "advies-sg",
        "advies",
        A.djz,
        "Vanuit hun verantwoordelijkheden ten aanzien van de uit te voeren bijstand adviseren DJZ en Commandant KMar de Secretaris-generaal van Defensie in zijn hoedanigheid als korpsbeheerder van de KMar.",
        { aan: [A.sg], product: "Advies aan de SG", middel: "intern" },
      ],
      [
        "standpunt-defensie",
        "leveranciersbesluit",
        A.djz,
        "DJZ informeert het LOCC namens de SG over het standpunt van het Ministerie van Defensie.",
        {
          aan: [A.locc],
          product: "Standpunt Ministerie van Defensie",
          uitkomsten: LEVERANCIER,
          middel: "schriftelijk",
        },
      ],
      [
        "besluit",
        "besluiten",
        A.locc,
        "Namens de Minister van Veiligheid en Justitie bepaalt het LOCC, na overleg met de Minister van Defensie (DJZ), of bijstand wordt verleend, en in overeenstemming met hem op welke wijze (art. 57 lid 2 en 3 Politiewet 2012; de factsheet zegt voor beide 'na overleg').",
        { product: "Besluit over de bijstand", uitkomsten: LEVERANCIER },
      ],
      [
        "informeren-rccb",
        "informeren",
        A.locc,
        "Het LOCC informeert het RCCB en brengt, indien nog noodzakelijk, RCCB en CCB-KMar met elkaar in verbinding.",
        { aan: [A.rccb, A.kmarCcb], middel: "telefoon" },
      ],
      [
        "formaliseren",
        "formaliseren",
        A.rccb,
        SPOED_FORMALISEREN,
        {
          product: "Achteraf geformaliseerd aanvraagformulier",
          aan: [A.locc],
          middel: "formulier",
          alleenBijSpoed: true,
        },
      ],
    ]),
    afwijkingen: [kmarAfwijking("3", "het LOCC")],
    verwijzing: false,
  },
  {
    id: p4,
    titel:
      "Bijstand aan de politie door andere delen van de krijgsmacht, voor handhaving van de openbare orde",
    factsheet: "politie",
    sectie: "4",
    bron: [fp("4"), fp("stroomschema-A")],
    soort: { waarde: "bijstand", bron: [fp("4")] },
    grondslag: {
      waarde: [{ law: "Politiewet 2012", article: 58, paragraph: 1, toelichting: null }],
      bron: [fp("4"), pw("art-58")],
    },
    gezag: {
      rollen: ["burgemeester"],
      toelichting:
        "De burgemeester is verantwoordelijk voor de handhaving van de openbare orde en bepaalt of bijstand van de krijgsmacht wenselijk is; het formulier wordt ondertekend door of namens de burgemeester.",
      bron: [fp("4")],
    },
    primusInterPares: {
      rol: "regioburgemeester",
      toelichting:
        "Indien de noodzakelijke bijstand vooraf niet aan een specifieke locatie (gemeente) te koppelen is, kan de regioburgemeester het bijstandsverzoek als primus inter pares indienen.",
      bron: [fp("4")],
    },
    voorbereiding: { rollen: ["rccb-medewerker"], bron: [fp("4")] },
    magIndienen: {
      rollen: ["burgemeester", "rccb-medewerker"],
      toelichting: "Ondertekend door of namens de burgemeester; RCCB stelt op en verzendt.",
      bron: [fp("4")],
    },
    eersteContact: {
      contact: "le-pob",
      spoed247: true,
      toelichting:
        "RCCB neemt eerst contact op met de afdeling Preparatie en Operationeel Beheer, die toetst of de Nationale politie daadwerkelijk is uitgeput; daarna gaat de aanvraag naar het LOCC (bij spoed 24/7). Het stroomschema noemt alleen het LOCC; zie ADR 0100.",
      bron: [fp("4"), fp("stroomschema-A")],
    },
    contacten: ["le-pob", "locc", "defensie-ovr"],
    voorwaarden: [
      {
        code: "eigen-capaciteit-onvoldoende",
        tekst: "De capaciteit binnen de eigen eenheid is onvoldoende (na verificatie via RCCB).",
        bron: [fp("stroomschema-1")],
      },
      {
        code: "uitputting-of-specialisme",
        tekst:
          "Politie- of KMar-capaciteiten moeten uitgeput zijn, of een specialisme is binnen politie of KMar niet beschikbaar (alleen binnen de krijgsmacht).",
        bron: [fp("stroomschema-A"), fp("4")],
      },
      {
        code: "geen-civiele-capaciteit",
        tekst:
          "Het LOCC beziet onder meer of er bij de politie of andere hulpdiensten civiele capaciteit beschikbaar is.",
        bron: [fp("4")],
      },
    ],
    besluit: {
      door: ["locc"],
      namens:
        "namens de Minister van Veiligheid en Justitie, in overeenstemming met de Minister van Defensie",
      toelichting:
        "Het LOCC bepaalt of, en zo ja, op welke wijze, bijstand wordt verleend. De factsheet zegt 'na overleg'; art. 58 Politiewet 2012 vereist overeenstemming met de Minister van Defensie.",
      bron: [fp("4"), pw("art-58")],
    },
    leveranciersbesluit: {
      door: "defensie-djz",
      namens: "namens de Minister van Defensie",
      toelichting: "DJZ is gemandateerd tot het nemen van het besluit tot bijstand of de afwijzing daarvan.",
      bron: [fp("4")],
    },
    informeren: [
      { wie: "RCCB en LOCC (door LE-POB, na de uitputtingstoets)", bron: [fp("4")] },
      { wie: "Korpschef van politie (door het LOCC, via LE-POB)", bron: [fp("4"), fp("voetnoot-4")] },
      { wie: "Defensie Operatiecentrum (afschrift van het verzoek)", bron: [fp("4")] },
      { wie: "RCCB (door het LOCC, over het besluit)", bron: [fp("4")] },
    ],
    kosten: KOSTEN_FNIK,
    stappen: stappen(p4, fp("4"), [
      [
        "vooroverleg-ovr",
        "vooroverleg",
        A.rccb,
        "Tussen RCCB van de vragende eenheid en de Officier Veiligheidsregio (OVR) in de eenheid waar bijstand nodig is, kan lokaal operationeel vooroverleg plaatsvinden om te onderzoeken of er potentiële bijstand beschikbaar is. Er kunnen geen toezeggingen gedaan worden.",
        { aan: [A.ovr], middel: "overleg", optioneel: true },
      ],
      [
        "contact-pob",
        "contact",
        A.rccb,
        "Vanuit de eenheid die bijstand nodig heeft, neemt RCCB contact op met de afdeling Preparatie en Operationeel Beheer.",
        { aan: [A.lePob], middel: "telefoon" },
      ],
      [
        "uitputtingstoets",
        "uitputtingstoets",
        A.lePob,
        "De afdeling Preparatie en Operationeel Beheer toetst of de Nationale politie daadwerkelijk is uitgeput en of het gewenste resultaat niet anderszins met eigen middelen kan worden bereikt.",
        { uitkomsten: ["toestemming", "geen-toestemming"], product: "Uitkomst uitputtingstoets" },
      ],
      [
        "toestemming",
        "informeren",
        A.lePob,
        "De afdeling Preparatie en Operationeel Beheer geeft toestemming tot aanvragen van militaire bijstand en informeert RCCB en LOCC.",
        {
          aan: [A.rccb, A.locc],
          product: "Toestemming tot aanvragen militaire bijstand",
          middel: "telefoon",
        },
      ],
      [
        "formulier",
        "opstellen",
        A.rccb,
        "RCCB stelt het aanvraagformulier op.",
        {
          product: "Aanvraagformulier militaire bijstand (website LOCC)",
          middel: "formulier",
          telefonischVooraf: true,
        },
      ],
      [
        "ondertekenen",
        "ondertekenen",
        A.burgemeester,
        "Het aanvraagformulier dient te worden ondertekend door of namens de burgemeester.",
        { product: "Ondertekend aanvraagformulier", middel: "formulier", telefonischVooraf: true },
      ],
      [
        "verzenden",
        "indienen",
        A.rccb,
        "RCCB verzendt het aanvraagformulier per e-mail naar het LOCC.",
        { aan: [A.locc], middel: "e-mail", telefonischVooraf: true },
      ],
      [
        "registreren",
        "registreren",
        A.locc,
        "Het LOCC verwerkt de aanvraag in haar capaciteitsoverzichten en indien noodzakelijk in het multidisciplinair landelijk operationeel beeld.",
        { product: "Aanvraag in capaciteitenoverzicht" },
      ],
      [
        "toetsen",
        "toetsen",
        A.locc,
        "Het LOCC toetst de aanvraag, onder andere om de noodzaak voor inzet van de krijgsmacht vast te stellen (en beziet of er bij politie of andere hulpdiensten civiele capaciteit beschikbaar is).",
        { uitkomsten: TOETS },
      ],
      [
        "informeren-korpschef",
        "informeren",
        A.locc,
        "Het LOCC informeert de korpschef van politie, door tussenkomst van de afdeling Preparatie en Operationeel Beheer.",
        { aan: [A.lePob, A.korpschef], middel: "e-mail" },
      ],
      [
        "verzoek-defensie",
        "verzoeken",
        A.locc,
        "Het LOCC richt een verzoek om bijstand aan de Directie Juridische Zaken (DJZ) van het Ministerie van Defensie. Het verzoek wordt tegelijkertijd in afschrift gestuurd naar het Defensie Operatiecentrum (DOC).",
        {
          product: "Verzoek om militaire bijstand",
          aan: [A.djz],
          afschriftAan: [A.doc],
          middel: "schriftelijk",
          telefonischVooraf: true,
        },
      ],
      [
        "besluit-defensie",
        "leveranciersbesluit",
        A.djz,
        "Namens de Minister van Defensie is DJZ gemandateerd tot het nemen van het besluit tot bijstand of de afwijzing daarvan.",
        { product: "Besluit Defensie", uitkomsten: LEVERANCIER },
      ],
      [
        "informeren-locc",
        "informeren",
        A.djz,
        "DJZ informeert het LOCC over het genomen besluit.",
        { aan: [A.locc], middel: "schriftelijk" },
      ],
      [
        "besluit",
        "besluiten",
        A.locc,
        "Namens de Minister van Veiligheid en Justitie en in overeenstemming met de Minister van Defensie (DJZ) bepaalt het LOCC of, en zo ja, op welke wijze, bijstand wordt verleend.",
        { product: "Besluit over de bijstand", uitkomsten: LEVERANCIER },
      ],
      [
        "informeren-rccb",
        "informeren",
        A.locc,
        "Het LOCC informeert het RCCB en legt indien noodzakelijk de operationele contacten, al dan niet via de Officier Veiligheidsregio (OVR), binnen de aanvragende eenheid.",
        { aan: [A.rccb, A.ovr], middel: "telefoon" },
      ],
      [
        "formaliseren",
        "formaliseren",
        A.rccb,
        "In spoedgevallen vindt het contact telefonisch plaats en wordt de schriftelijke afhandeling later geformaliseerd.",
        {
          product: "Achteraf geformaliseerd aanvraagformulier",
          aan: [A.locc],
          middel: "formulier",
          alleenBijSpoed: true,
        },
      ],
    ]),
    afwijkingen: [
      {
        bronZegt:
          "Namens de Minister van Veiligheid en Justitie en na overleg met de Minister van Defensie (DJZ) bepaalt het LOCC ...",
        gevolgd:
          "Art. 58 Politiewet 2012: de wijze van bijstand door andere delen van de krijgsmacht wordt bepaald in overeenstemming met de Minister van Defensie (zoals toelichting 8 ook zegt). De wet wordt gevolgd.",
        bron: [fp("4"), fp("8"), pw("art-58")],
      },
      {
        bronZegt: "Stroomschema A: neem contact op met het LOCC.",
        gevolgd:
          "Toelichting 4: RCCB neemt eerst contact op met LE-POB voor de uitputtingstoets; de aanvraag gaat daarna naar het LOCC. De stappen volgen de toelichting.",
        bron: [fp("stroomschema-A"), fp("4")],
      },
    ],
    verwijzing: false,
  },
  {
    id: p5,
    titel:
      "Bijstand door een buitenlandse politiedienst voor de handhaving van de openbare orde, op verdragsbasis",
    factsheet: "politie",
    sectie: "5",
    bron: [fp("5"), fp("stroomschema-A")],
    soort: { waarde: "bijstand", bron: [fp("5"), fp("inleiding")] },
    grondslag: {
      waarde: [
        {
          law: "verdrag",
          article: null,
          paragraph: null,
          toelichting: "Verdragen (BeNeLux, Enschede, Prüm)",
        },
      ],
      bron: [fp("stroomschema-A"), fp("inleiding")],
    },
    gezag: {
      rollen: ["burgemeester"],
      toelichting: "De inzet voor handhaving van de openbare orde valt onder het gezag van de burgemeester.",
      bron: [fp("politie-en-bevoegd-gezag"), fp("stroomschema-A")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["rccb-medewerker"], bron: [fp("5"), fp("locc-rccb-pob")] },
    magIndienen: {
      rollen: ["burgemeester", "rccb-medewerker"],
      toelichting:
        "RCCB voert bijstandsaanvragen aan buitenlandse politiediensten uit; het formulier staat op de website van het LOCC.",
      bron: [fp("locc-rccb-pob"), fp("stroomschema-A")],
    },
    eersteContact: {
      contact: "le-pob",
      spoed247: true,
      toelichting: "Neem contact op met de afdeling Preparatie en Operationeel Beheer, bij spoed 24/7.",
      bron: [fp("stroomschema-A"), fp("5")],
    },
    contacten: ["le-pob", "locc"],
    voorwaarden: [
      {
        code: "eigen-capaciteit-onvoldoende",
        tekst: "De capaciteit binnen de eigen eenheid is onvoldoende (na verificatie via RCCB).",
        bron: [fp("stroomschema-1")],
      },
      {
        code: "verdrag",
        tekst:
          "Er is een verdrag dat de bijstand mogelijk maakt (BeNeLux, Enschede, Prüm); de aard van de bijstand kan verschillen (grensregio of heel Nederland).",
        bron: [fp("5"), fp("stroomschema-A")],
      },
    ],
    besluit: {
      door: ["locc"],
      namens: null,
      toelichting:
        "Zodra duidelijk is om welk soort bijstand het gaat, neemt LE-POB contact op met het LOCC voor verdere coördinatie en formalisatie. De factsheet noemt geen beslisser; het LOCC formaliseert (zie ADR 0100).",
      bron: [fp("5")],
    },
    leveranciersbesluit: null,
    informeren: [{ wie: "LOCC (door LE-POB)", bron: [fp("5")] }],
    kosten: KOSTEN_NIET_VERMELD,
    stappen: stappen(p5, fp("5"), [
      [
        "contact-pob",
        "contact",
        A.rccb,
        "Bij een verzoek tot bijstand van buitenlandse eenheden wordt contact opgenomen met de afdeling Preparatie en Operationeel Beheer. Bij spoed 24/7.",
        { aan: [A.lePob], middel: "telefoon" },
      ],
      [
        "soort-bijstand",
        "toetsen",
        A.lePob,
        "LE-POB stelt vast om welk soort bijstand het gaat (samenwerking in de grensregio of bijstand in heel Nederland).",
        { uitkomsten: TOETS },
      ],
      [
        "contact-locc",
        "verzoeken",
        A.lePob,
        "Indien duidelijk is om welk soort bijstand het gaat, neemt de afdeling Preparatie en Operationeel Beheer contact op met het LOCC voor verdere coördinatie en formalisatie van de gevraagde bijstand.",
        { aan: [A.locc], middel: "telefoon" },
      ],
      [
        "formulier",
        "indienen",
        A.rccb,
        "Het aanvraagformulier (website LOCC) wordt opgesteld en ingediend.",
        {
          product: "Aanvraagformulier bijstand buitenland (website LOCC)",
          aan: [A.locc],
          middel: "formulier",
        },
      ],
      [
        "formaliseren",
        "besluiten",
        A.locc,
        "Het LOCC coördineert en formaliseert de gevraagde bijstand.",
        { product: "Geformaliseerde bijstand", uitkomsten: LEVERANCIER },
      ],
    ]),
    afwijkingen: [],
    verwijzing: false,
  },
  {
    id: p6,
    titel:
      "Bijstand aan een eenheid door een andere eenheid, voor strafrechtelijke handhaving van de rechtsorde, dan wel voor het verrichten van taken ten dienste van justitie",
    factsheet: "politie",
    sectie: "6",
    bron: [fp("6"), fp("stroomschema-B")],
    soort: { waarde: "bijstand", bron: [fp("6")] },
    grondslag: {
      waarde: [{ law: "Politiewet 2012", article: 56, paragraph: 2, toelichting: null }],
      bron: [fp("6"), pw("art-56-lid-2")],
    },
    gezag: {
      rollen: ["officier-van-justitie"],
      toelichting:
        "De officier van justitie dient het verzoek om bijstand in bij de korpschef (art. 56 lid 2 Politiewet 2012). De procedure van de factsheet noemt hier de burgemeester; de wet en de inleiding van toelichting 6 worden gevolgd.",
      bron: [fp("6"), pw("art-56-lid-2"), fp("politie-en-bevoegd-gezag")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["rccb-medewerker"], bron: [fp("6")] },
    magIndienen: {
      rollen: ["officier-van-justitie", "rccb-medewerker"],
      toelichting: "De officier van justitie dient in; RCCB stelt op en verzendt.",
      bron: [fp("6"), pw("art-56-lid-2")],
    },
    eersteContact: {
      contact: "le-pob",
      spoed247: true,
      toelichting:
        "Neem contact op met de Landelijke Eenheid, afdeling Preparatie en Operationeel Beheer. Bij spoed 24/7.",
      bron: [fp("stroomschema-B"), fp("6")],
    },
    contacten: ["le-pob", "locc"],
    voorwaarden: [
      {
        code: "eigen-capaciteit-onvoldoende",
        tekst: "De capaciteit binnen de eigen eenheid is onvoldoende (na verificatie via RCCB).",
        bron: [fp("stroomschema-1")],
      },
      {
        code: "gezag-ovj",
        tekst:
          "De inzet valt onder het gezag van de officier van justitie (strafrechtelijke handhaving van de rechtsorde of taken ten dienste van justitie, waaronder het waken over de veiligheid van personen).",
        bron: [fp("politie-en-bevoegd-gezag"), fp("stroomschema-2")],
      },
    ],
    besluit: {
      door: ["korpschef"],
      namens: null,
      toelichting:
        "Het verzoek wordt gericht aan de korpschef, die in principe uitvoering geeft aan de aanvraag; LE-POB coördineert de levering. Afwijzing: zie toelichting 9.",
      bron: [fp("6"), fp("9")],
    },
    leveranciersbesluit: null,
    informeren: [{ wie: "LOCC (door LE-POB, over de wijze van levering)", bron: [fp("6")] }],
    kosten: KOSTEN_NIET_VERMELD,
    stappen: stappenAndereEenheid(p6, "6", A.ovj),
    afwijkingen: [
      {
        bronZegt:
          "Procedure toelichting 6: het aanvraagformulier wordt door de burgemeester ingediend bij de korpschef.",
        gevolgd:
          "Art. 56 lid 2 Politiewet 2012 en de eigen inleiding van toelichting 6: de officier van justitie dient het verzoek in. De wet wordt gevolgd.",
        bron: [fp("6"), pw("art-56-lid-2")],
      },
    ],
    verwijzing: false,
  },
  {
    id: p7,
    titel:
      "Bijstand aan de politie door de Koninklijke Marechaussee, voor strafrechtelijke handhaving van de rechtsorde, dan wel voor het verrichten van taken ten dienste van justitie",
    factsheet: "politie",
    sectie: "7",
    bron: [fp("7"), fp("stroomschema-B")],
    soort: { waarde: "bijstand", bron: [fp("7")] },
    grondslag: {
      waarde: [{ law: "Politiewet 2012", article: 57, paragraph: 1, toelichting: null }],
      bron: [fp("7"), pw("art-57")],
    },
    gezag: {
      rollen: ["officier-van-justitie"],
      toelichting:
        "De officier van justitie bepaalt of bijstand van de KMar wenselijk is; de (hoofd)officier van justitie onder wiens leiding het opsporingsonderzoek plaatsvindt, zendt de aanvraag in.",
      bron: [fp("7"), fp("voetnoot-3")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["rccb-medewerker"], bron: [fp("7")] },
    magIndienen: {
      rollen: ["officier-van-justitie"],
      toelichting:
        "Het aanvraagformulier kan door RCCB opgemaakt worden maar dient ingezonden te worden door de betrokken (hoofd)officier van justitie vanuit het arrondissementsparket zelf en niet vanuit de politie.",
      bron: [fp("7"), fp("voetnoot-3")],
    },
    eersteContact: {
      contact: "parket-generaal",
      spoed247: false,
      toelichting:
        "Leg contact met de officier van justitie; die neemt contact op met (de afdeling bestuurlijke en juridische zaken van) het College van procureurs-generaal. In spoedgevallen kan rechtstreeks telefonisch contact met OZI gelegd worden.",
      bron: [fp("stroomschema-B"), fp("7")],
    },
    contacten: ["officier-van-justitie", "parket-generaal", "ozi", "le-pob", "kmar-ccb"],
    voorwaarden: [
      {
        code: "eigen-capaciteit-onvoldoende",
        tekst: "De capaciteit binnen de eigen eenheid is onvoldoende (na verificatie via RCCB).",
        bron: [fp("stroomschema-1")],
      },
      {
        code: "geen-uitputting-nodig",
        tekst:
          "Uitputting van de politie is niet noodzakelijk; een specifiek verzoek om KMar-bijstand (bijvoorbeeld wegens lokale bekendheid of beschikbare opsporingsexpertise) is mogelijk.",
        bron: [fp("7"), fp("stroomschema-B")],
      },
      {
        code: "steun-college",
        tekst: "De aanvraag gaat alleen verder als het College van procureurs-generaal haar ondersteunt.",
        bron: [fp("7")],
      },
    ],
    besluit: {
      door: ["ozi"],
      namens:
        "namens de Minister van Veiligheid en Justitie; of: na overleg met de Minister van Defensie (DJZ), op welke wijze: in overeenstemming met hem",
      toelichting:
        "OZI bepaalt of, en zo ja, op welke wijze, bijstand wordt verleend. De factsheet zegt voor beide 'na overleg'; art. 57 lid 3 Politiewet 2012 vereist voor de wijze overeenstemming met de Minister van Defensie.",
      bron: [fp("7"), pw("art-57-lid-2"), pw("art-57-lid-3")],
    },
    leveranciersbesluit: kmarLeveranciersbesluit("7"),
    informeren: [
      { wie: "LE-POB (door RCCB, over de voorgenomen aanvraag)", bron: [fp("7")] },
      { wie: "Korpschef (door de politie in de eigen lijn, via LE-POB)", bron: [fp("7")] },
      { wie: "Defensie Operatiecentrum (afschrift van het verzoek)", bron: [fp("7")] },
    ],
    kosten: {
      ...KOSTEN_FNIK,
      toelichting: `${KOSTEN_FNIK.toelichting} De KMar is een deel van de krijgsmacht (zie ADR 0100).`,
    },
    stappen: stappen(p7, fp("7"), [
      [
        "vooroverleg-kmar",
        "vooroverleg",
        A.rccb,
        "Tussen RCCB van de vragende eenheid en CCB-KMar of andere betrokken KMar-eenheid kan lokaal operationeel vooroverleg plaatsvinden om te onderzoeken of er potentiële bijstand beschikbaar is. Er kunnen geen toezeggingen gedaan worden.",
        { aan: [A.kmarCcb], middel: "overleg", optioneel: true },
      ],
      [
        "informeren-pob",
        "informeren",
        A.rccb,
        "Vanuit de eenheid die bijstand nodig heeft, neemt RCCB contact op met de afdeling Preparatie en Operationeel Beheer om te informeren over de voorgenomen bijstandsaanvraag.",
        { aan: [A.lePob], middel: "telefoon" },
      ],
      [
        "contact-college",
        "contact",
        A.ovj,
        "De (hoofd)officier van justitie onder wiens leiding het opsporingsonderzoek plaatsvindt, neemt contact op met (de afdeling bestuurlijke en juridische zaken van) het College van procureurs-generaal.",
        { aan: [A.pg], middel: "telefoon" },
      ],
      [
        "spoed-ozi",
        "contact",
        A.ovj,
        "In spoedgevallen kan rechtstreeks telefonisch contact tussen de aanvragende (hoofd)officier van justitie en OZI gelegd worden.",
        { aan: [A.ozi], middel: "telefoon", alleenBijSpoed: true },
      ],
      [
        "formulier",
        "opstellen",
        A.rccb,
        "Het aanvraagformulier (website LOCC) kan door RCCB opgemaakt worden.",
        {
          product: "Aanvraagformulier bijstand KMar (website LOCC)",
          middel: "formulier",
          telefonischVooraf: true,
        },
      ],
      [
        "inzenden",
        "indienen",
        A.ovj,
        "Het aanvraagformulier dient ingezonden te worden door de betrokken (hoofd)officier van justitie vanuit het arrondissementsparket zelf en niet vanuit de politie.",
        { product: "Ingezonden aanvraag", aan: [A.pg], middel: "formulier", telefonischVooraf: true },
      ],
      [
        "informeren-korpschef",
        "informeren",
        A.rccb,
        "De politie informeert in de eigen lijn de korpschef over de te ontvangen bijstand, door tussenkomst van de afdeling Preparatie en Operationeel Beheer.",
        { aan: [A.lePob, A.korpschef], middel: "e-mail" },
      ],
      [
        "toetsen-college",
        "toetsen",
        A.pg,
        "De aanvraag wordt, indien ondersteund door het College, door het Parket-Generaal geleid naar OZI van het Ministerie van Veiligheid en Justitie.",
        { aan: [A.ozi], uitkomsten: TOETS, product: "Ondersteunde aanvraag" },
      ],
      [
        "verzoek-defensie",
        "verzoeken",
        A.ozi,
        "OZI richt een schriftelijk en gespecificeerd verzoek om bijstand aan de Directie Juridische Zaken (DJZ) van het Ministerie van Defensie en aan DOPS-KMar. Het verzoek wordt tegelijkertijd in afschrift gestuurd naar het Defensie Operatiecentrum (DOC).",
        {
          product: "Schriftelijk en gespecificeerd verzoek om bijstand",
          aan: [A.djz, A.kmarDops],
          afschriftAan: [A.doc],
          middel: "schriftelijk",
          telefonischVooraf: true,
        },
      ],
      // "adviseren DJZ en Commandant KMar daarop de Secretaris-generaal": two advisers, two steps
      // (ADR 0100, reading 23); the SG's position follows both.
      [
        "advies-sg-commandant-kmar",
        "advies",
        A.commandantKmar,
        "Vanuit hun verantwoordelijkheden ten aanzien van de uit te voeren bijstand adviseren DJZ en Commandant KMar de Secretaris-generaal van Defensie in zijn hoedanigheid als korpsbeheerder van de KMar: het advies van de Commandant KMar.",
        { aan: [A.sg], product: "Advies Commandant KMar aan de SG", middel: "intern" },
      ],
      [
        "advies-sg",
        "advies",
        A.djz,
        "Vanuit hun verantwoordelijkheden ten aanzien van de uit te voeren bijstand adviseren DJZ en Commandant KMar de Secretaris-generaal van Defensie in zijn hoedanigheid als korpsbeheerder van de KMar.",
        { aan: [A.sg], product: "Advies aan de SG", uitkomsten: LEVERANCIER },
      ],
      [
        "besluit",
        "besluiten",
        A.ozi,
        "Namens de Minister van Veiligheid en Justitie bepaalt OZI, na overleg met de Minister van Defensie (DJZ), of bijstand wordt verleend, en in overeenstemming met hem op welke wijze (art. 57 lid 2 en 3 Politiewet 2012; de factsheet zegt voor beide 'na overleg').",
        { product: "Besluit over de bijstand", uitkomsten: LEVERANCIER },
      ],
      [
        "formaliseren",
        "formaliseren",
        A.ovj,
        "In spoedgevallen vindt het contact telefonisch plaats en wordt de schriftelijke afhandeling later geformaliseerd.",
        {
          product: "Achteraf geformaliseerde aanvraag",
          aan: [A.pg, A.ozi],
          middel: "formulier",
          alleenBijSpoed: true,
        },
      ],
    ]),
    afwijkingen: [kmarAfwijking("7", "OZI")],
    verwijzing: false,
  },
  {
    id: p8,
    titel:
      "Bijstand aan de politie door andere delen van de krijgsmacht, voor strafrechtelijke handhaving van de rechtsorde, dan wel voor het verrichten van taken ten dienste van justitie",
    factsheet: "politie",
    sectie: "8",
    bron: [fp("8"), fp("stroomschema-B")],
    soort: { waarde: "bijstand", bron: [fp("8")] },
    grondslag: {
      waarde: [{ law: "Politiewet 2012", article: 58, paragraph: 1, toelichting: null }],
      bron: [fp("8"), pw("art-58")],
    },
    gezag: {
      rollen: ["officier-van-justitie"],
      toelichting:
        "De officier van justitie bepaalt of bijstand van de krijgsmacht wenselijk is en doet de aanvraag zelf (niet via RCCB).",
      bron: [fp("8"), fp("voetnoot-3")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["rccb-medewerker"], bron: [fp("8")] },
    magIndienen: {
      rollen: ["officier-van-justitie"],
      toelichting:
        "Het aanvraagformulier kan door RCCB opgemaakt worden maar dient ingezonden te worden door de betrokken (hoofd)officier van justitie vanuit het arrondissementsparket zelf en niet vanuit de politie.",
      bron: [fp("8"), fp("voetnoot-3")],
    },
    eersteContact: {
      contact: "le-pob",
      spoed247: true,
      toelichting:
        "RCCB neemt eerst contact op met de afdeling Preparatie en Operationeel Beheer voor de uitputtingstoets; daarna legt de officier van justitie contact met (de afdeling bestuurlijke en juridische zaken van) het College van procureurs-generaal.",
      bron: [fp("8"), fp("stroomschema-B")],
    },
    contacten: ["le-pob", "officier-van-justitie", "parket-generaal", "ozi"],
    voorwaarden: [
      {
        code: "eigen-capaciteit-onvoldoende",
        tekst: "De capaciteit binnen de eigen eenheid is onvoldoende (na verificatie via RCCB).",
        bron: [fp("stroomschema-1")],
      },
      {
        code: "uitputting-of-specialisme",
        tekst:
          "Politiecapaciteit moet uitgeput zijn, of een specialisme is binnen politie of KMar niet beschikbaar (alleen binnen de krijgsmacht).",
        bron: [fp("stroomschema-B"), fp("8")],
      },
      {
        code: "steun-college",
        tekst: "De aanvraag gaat alleen verder als het College van procureurs-generaal haar ondersteunt.",
        bron: [fp("8")],
      },
      {
        code: "convenant",
        tekst:
          "Voor sommige vormen van justitiële defensiebijstand zijn convenanten afgesloten; op basis daarvan hoeft niet de gehele procedure gevolgd te worden, maar de korpsleiding wordt altijd geïnformeerd via LE-POB.",
        bron: [fp("voetnoot-4")],
      },
    ],
    besluit: {
      door: ["ozi"],
      namens:
        "namens de Minister van Veiligheid en Justitie, in overeenstemming met de Minister van Defensie (DJZ)",
      toelichting: "OZI bepaalt of, en zo ja, op welke wijze, bijstand wordt verleend.",
      bron: [fp("8"), pw("art-58")],
    },
    leveranciersbesluit: {
      door: "defensie-djz",
      namens: "namens de Minister van Defensie",
      toelichting: "DJZ is gemandateerd tot het nemen van het besluit tot bijstand of de afwijzing daarvan.",
      bron: [fp("8")],
    },
    informeren: [
      { wie: "RCCB en LOCC (door LE-POB, na de uitputtingstoets)", bron: [fp("8")] },
      { wie: "Korpsleiding (altijd, via LE-POB)", bron: [fp("voetnoot-4")] },
      { wie: "Defensie Operatiecentrum (afschrift van het verzoek)", bron: [fp("8")] },
      { wie: "OZI (door DJZ, over het besluit)", bron: [fp("8")] },
    ],
    kosten: KOSTEN_FNIK,
    stappen: stappen(p8, fp("8"), [
      [
        "contact-pob",
        "contact",
        A.rccb,
        "Vanuit de eenheid die bijstand nodig heeft, neemt RCCB contact op met de afdeling Preparatie en Operationeel Beheer.",
        { aan: [A.lePob], middel: "telefoon" },
      ],
      [
        "uitputtingstoets",
        "uitputtingstoets",
        A.lePob,
        "De afdeling Preparatie en Operationeel Beheer toetst of de Nationale politie daadwerkelijk is uitgeput en of het gewenste resultaat niet anderszins met eigen middelen kan worden bereikt.",
        { uitkomsten: ["toestemming", "geen-toestemming"], product: "Uitkomst uitputtingstoets" },
      ],
      [
        "informeren",
        "informeren",
        A.lePob,
        "De afdeling Preparatie en Operationeel Beheer informeert RCCB en LOCC.",
        { aan: [A.rccb, A.locc], middel: "telefoon" },
      ],
      [
        "contact-college",
        "contact",
        A.ovj,
        "De (hoofd)officier van justitie onder wiens leiding het opsporingsonderzoek plaatsvindt, neemt contact op met (de afdeling bestuurlijke en juridische zaken van) het College van procureurs-generaal.",
        { aan: [A.pg], middel: "telefoon" },
      ],
      [
        "formulier",
        "opstellen",
        A.rccb,
        "Het aanvraagformulier (website LOCC) kan door RCCB opgemaakt worden.",
        {
          product: "Aanvraagformulier militaire bijstand (website LOCC)",
          middel: "formulier",
          telefonischVooraf: true,
        },
      ],
      [
        "inzenden",
        "indienen",
        A.ovj,
        "Het aanvraagformulier dient ingezonden te worden door de betrokken (hoofd)officier van justitie vanuit het arrondissementsparket zelf en niet vanuit de politie.",
        { product: "Ingezonden aanvraag", aan: [A.pg], middel: "formulier", telefonischVooraf: true },
      ],
      [
        "toetsen-college",
        "toetsen",
        A.pg,
        "De aanvraag wordt, indien ondersteund door het College, door het Parket-Generaal geleid aan OZI van het Ministerie van Veiligheid en Justitie.",
        { aan: [A.ozi], uitkomsten: TOETS, product: "Ondersteunde aanvraag" },
      ],
      [
        "verzoek-defensie",
        "verzoeken",
        A.ozi,
        "OZI richt een schriftelijk en gespecificeerd verzoek om bijstand aan Directie Juridische Zaken (DJZ) van het Ministerie van Defensie. Het verzoek wordt tegelijkertijd in afschrift gestuurd naar het Defensie Operatiecentrum (DOC).",
        {
          product: "Schriftelijk en gespecificeerd verzoek om militaire bijstand",
          aan: [A.djz],
          afschriftAan: [A.doc],
          middel: "schriftelijk",
          telefonischVooraf: true,
        },
      ],
      [
        "besluit-defensie",
        "leveranciersbesluit",
        A.djz,
        "Namens de Minister van Defensie is DJZ gemandateerd tot het nemen van het besluit tot bijstand of de afwijzing daarvan.",
        { product: "Besluit Defensie", uitkomsten: LEVERANCIER },
      ],
      [
        "informeren-ozi",
        "informeren",
        A.djz,
        "DJZ informeert OZI over het genomen besluit.",
        { aan: [A.ozi], middel: "schriftelijk" },
      ],
      [
        "besluit",
        "besluiten",
        A.ozi,
        "Namens de Minister van Veiligheid en Justitie en in overeenstemming met de Minister van Defensie (DJZ) bepaalt OZI of, en zo ja, op welke wijze, bijstand wordt verleend.",
        { product: "Besluit over de bijstand", uitkomsten: LEVERANCIER },
      ],
      [
        "informeren-korpsleiding",
        "informeren",
        A.lePob,
        "In de politielijn wordt te allen tijde de korpsleiding geïnformeerd over inzet van de krijgsmacht ten behoeve van politietaken, door tussenkomst van afdeling Preparatie en Operationeel Beheer.",
        { aan: [A.korpschef], middel: "e-mail" },
      ],
      [
        "formaliseren",
        "formaliseren",
        A.ovj,
        "In spoedgevallen vindt het contact telefonisch plaats en wordt de schriftelijke afhandeling later geformaliseerd.",
        {
          product: "Achteraf geformaliseerde aanvraag",
          aan: [A.pg, A.ozi],
          middel: "formulier",
          alleenBijSpoed: true,
        },
      ],
    ]),
    afwijkingen: [],
    verwijzing: false,
  },
  {
    id: p9,
    titel:
      "Geheel of gedeeltelijke afwijzing van een verzoek tot bijstand uit een andere eenheid door de korpschef, en beroep bij de minister",
    factsheet: "politie",
    sectie: "9",
    bron: [fp("9")],
    soort: { waarde: "bijstand", bron: [fp("9")] },
    grondslag: {
      waarde: [{ law: "Politiewet 2012", article: 56, paragraph: 4, toelichting: null }],
      bron: [fp("9"), pw("art-56-lid-4")],
    },
    gezag: {
      rollen: ["burgemeester", "officier-van-justitie"],
      toelichting:
        "De burgemeester onderscheidenlijk de officier van justitie die het afgewezen verzoek deed, kan de minister verzoeken de korpschef op te dragen alsnog in de bijstand te voorzien (art. 56 lid 4 Politiewet 2012). De inleiding van toelichting 9 noemt de hoofdofficier van justitie; de wet noemt de officier van justitie.",
      bron: [fp("9"), pw("art-56-lid-4")],
    },
    primusInterPares: {
      rol: "regioburgemeester",
      toelichting:
        "Had de regioburgemeester het verzoek als primus inter pares ingediend, dan stelt hij het beroep in.",
      bron: [fp("9"), fp("3")],
    },
    voorbereiding: { rollen: ["burgemeester", "officier-van-justitie"], bron: [fp("9")] },
    magIndienen: {
      rollen: ["burgemeester", "officier-van-justitie"],
      toelichting: "Alleen wie het afgewezen verzoek deed.",
      bron: [fp("9"), pw("art-56-lid-4")],
    },
    eersteContact: {
      contact: "minister-jenv",
      spoed247: false,
      toelichting:
        "Het verzoek gaat naar de Minister van Veiligheid en Justitie, die zich laat adviseren door DGPOL.",
      bron: [fp("9")],
    },
    contacten: ["minister-jenv", "le-pob"],
    voorwaarden: [
      {
        code: "afgewezen-door-korpschef",
        tekst:
          "De korpschef heeft een verzoek om bijstand uit een andere eenheid (toelichting 1 of 6) geheel of gedeeltelijk, schriftelijk en met redenen omkleed afgewezen.",
        bron: [fp("9")],
      },
    ],
    besluit: {
      door: ["minister-jenv"],
      namens: null,
      toelichting:
        "Komt de minister tot het oordeel dat alsnog aan het bijstandsverzoek moet worden voldaan, dan geeft hij daartoe de nodige aanwijzingen aan de korpschef.",
      bron: [fp("9")],
    },
    leveranciersbesluit: null,
    informeren: [
      { wie: "DGPOL (afschrift van de afwijzing)", bron: [fp("9")] },
      { wie: "LE-POB (door de korpschef, om het besluit uit te voeren)", bron: [fp("9")] },
    ],
    kosten: KOSTEN_NIET_VERMELD,
    stappen: stappen(p9, fp("9"), [
      [
        "afwijzing",
        "weigeren",
        A.korpschef,
        "De korpschef kan een verzoek om bijstand van de burgemeester of de officier van justitie geheel of gedeeltelijk afwijzen. Een dergelijke afwijzing geschiedt schriftelijk, met redenen omkleed, aan de aanvrager; een afschrift gaat gelijktijdig naar DGPOL.",
        {
          product: "Schriftelijke, met redenen omklede afwijzing",
          aan: [A.burgemeester, A.ovj],
          afschriftAan: [A.dgpol],
          middel: "schriftelijk",
          uitkomsten: ["gedeeltelijk", "afwijzen"],
        },
      ],
      [
        "beroep",
        "beroep",
        A.burgemeester,
        "De burgemeester of de officier van justitie (wie het verzoek deed) kan de Minister van Veiligheid en Justitie verzoeken de korpschef op te dragen alsnog in de gevraagde bijstand te voorzien.",
        { product: "Verzoek aan de minister", aan: [A.minister], middel: "schriftelijk" },
      ],
      [
        "advies-dgpol",
        "advies",
        A.dgpol,
        "DGPOL adviseert de Minister van Veiligheid en Justitie over dit verzoek en over de consequenties van herverdeling van politiecapaciteiten indien alsnog aan het bijstandsverzoek wordt voldaan.",
        { aan: [A.minister], product: "Advies DGPOL" },
      ],
      [
        "aanwijzing",
        "aanwijzing",
        A.minister,
        "Indien de Minister van Veiligheid en Justitie tot het oordeel komt dat alsnog aan het bijstandsverzoek moet worden voldaan, geeft hij daartoe de nodige aanwijzingen aan de korpschef.",
        {
          aan: [A.korpschef],
          product: "Aanwijzing aan de korpschef",
          uitkomsten: ["goedkeuren", "afwijzen"],
        },
      ],
      [
        "uitvoeren",
        "informeren",
        A.korpschef,
        "De korpschef informeert de landelijke eenheid van politie, afdeling Preparatie en Operationeel Beheer, teneinde het besluit daadwerkelijk uit te voeren.",
        { aan: [A.lePob], voorwaarde: "De minister heeft een aanwijzing gegeven." },
      ],
    ]),
    afwijkingen: [
      {
        bronZegt:
          "Inleiding toelichting 9: de burgemeester of hoofdofficier van justitie kan beroep instellen bij de minister.",
        gevolgd:
          "Art. 56 lid 4 Politiewet 2012 (en de procedure van toelichting 9 zelf): de burgemeester onderscheidenlijk de officier van justitie. De wet wordt gevolgd.",
        bron: [fp("9"), pw("art-56-lid-4")],
      },
    ],
    verwijzing: false,
  },
  {
    id: pb,
    titel: "Bijstand door een buitenlandse politiedienst voor justitiële taken (strafvorderlijke procedures)",
    factsheet: "politie",
    sectie: "stroomschema-B",
    bron: [fp("stroomschema-B")],
    soort: { waarde: "bijstand", bron: [fp("inleiding")] },
    grondslag: {
      waarde: [
        {
          law: "verdrag",
          article: null,
          paragraph: null,
          toelichting: "Verdragen (BeNeLux, Enschede, Prüm)",
        },
      ],
      bron: [fp("stroomschema-B")],
    },
    gezag: {
      rollen: ["officier-van-justitie"],
      toelichting:
        "Neem contact op met de officier van justitie. Hiervoor gelden afzonderlijke strafvorderlijke procedures.",
      bron: [fp("stroomschema-B")],
    },
    primusInterPares: null,
    voorbereiding: { rollen: ["officier-van-justitie"], bron: [fp("stroomschema-B")] },
    magIndienen: {
      rollen: ["officier-van-justitie"],
      toelichting: "Afzonderlijke strafvorderlijke procedures via de officier van justitie.",
      bron: [fp("stroomschema-B")],
    },
    eersteContact: {
      contact: "officier-van-justitie",
      spoed247: false,
      toelichting: "Neem contact op met de officier van justitie.",
      bron: [fp("stroomschema-B")],
    },
    contacten: ["officier-van-justitie"],
    voorwaarden: [
      {
        code: "verdrag",
        tekst: "Er is een verdrag dat de bijstand mogelijk maakt (BeNeLux, Enschede, Prüm).",
        bron: [fp("stroomschema-B")],
      },
    ],
    besluit: {
      door: ["officier-van-justitie"],
      namens: null,
      toelichting:
        "De factsheet beschrijft deze strafvorderlijke procedures niet; de officier van justitie leidt ze.",
      bron: [fp("stroomschema-B")],
    },
    leveranciersbesluit: null,
    informeren: [],
    kosten: {
      regimes: ["niet-vermeld"],
      toelichting: "Niet beschreven in de factsheet.",
      bron: [fp("stroomschema-B")],
    },
    stappen: stappen(pb, fp("stroomschema-B"), [
      [
        "contact-ovj",
        "contact",
        A.rccb,
        "Neem contact op met de officier van justitie. Hiervoor gelden afzonderlijke strafvorderlijke procedures.",
        { aan: [A.ovj], middel: "telefoon" },
      ],
    ]),
    afwijkingen: [],
    verwijzing: true,
  },
];

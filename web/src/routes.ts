// The one table of pages. A capability adds its page by adding one entry here and a
// folder web/src/pages/<capability>/ whose index.tsx default-exports the page component.
// `rollen` only hides what a user cannot use; the server enforces every permission.
import type { ComponentType, LazyExoticComponent } from "react";
import { lazy } from "react";
import { DREIGING_LEES_ROLLEN } from "../../src/domain/dreiging/regels.ts";
import { ROL_IDS, type Rol } from "../../src/domain/organisaties/rollen.ts";
import { CAPACITEIT_ROLLEN } from "../../src/http/capaciteit/rechten.ts";
import { match } from "./router.tsx";

export interface PaginaProps {
  /** Parameters from the path pattern, e.g. { id } for "/aanvragen/:id". */
  params: Record<string, string>;
}

export type Toegang = "publiek" | "ingelogd" | { rollen: readonly Rol[] };

export interface RouteDefinitie {
  pad: string;
  /** Label in the main menu; also the fallback document title. */
  titel: string;
  pagina: LazyExoticComponent<ComponentType<PaginaProps>>;
  toegang: Toegang;
  inMenu?: boolean;
}

/** A user who only manages accounts takes no part in requests and sees none (ADR 0611). */
const AANVRAAG_ROLLEN = ROL_IDS.filter((r) => r !== "beheerder");

export const ROUTES: readonly RouteDefinitie[] = [
  {
    pad: "/inloggen",
    titel: "Inloggen",
    pagina: lazy(() => import("./pages/inloggen/index.tsx")),
    toegang: "publiek",
  },
  {
    pad: "/",
    titel: "Overzicht",
    pagina: lazy(() => import("./pages/overzicht/index.tsx")),
    toegang: "ingelogd",
    inMenu: true,
  },
  {
    pad: "/wegwijzer",
    titel: "Wegwijzer",
    pagina: lazy(() => import("./pages/wegwijzer/index.tsx")),
    toegang: "ingelogd",
    inMenu: true,
  },
  {
    pad: "/procedures",
    titel: "Procedures",
    pagina: lazy(() => import("./pages/wegwijzer/procedures.tsx")),
    toegang: "ingelogd",
  },
  {
    pad: "/procedures/:id",
    titel: "Procedure",
    pagina: lazy(() => import("./pages/wegwijzer/procedure.tsx")),
    toegang: "ingelogd",
  },
  {
    pad: "/aanvragen",
    titel: "Aanvragen",
    pagina: lazy(() => import("./pages/aanvragen/index.tsx")),
    toegang: { rollen: AANVRAAG_ROLLEN },
    inMenu: true,
  },
  {
    pad: "/aanvragen/nieuw",
    titel: "Nieuwe aanvraag",
    pagina: lazy(() => import("./pages/aanvragen/Nieuw.tsx")),
    toegang: { rollen: AANVRAAG_ROLLEN },
  },
  {
    pad: "/aanvragen/:id",
    titel: "Aanvraag",
    pagina: lazy(() => import("./pages/aanvragen/AanvraagPagina.tsx")),
    toegang: { rollen: AANVRAAG_ROLLEN },
  },
  {
    pad: "/taken",
    titel: "Mijn taken",
    pagina: lazy(() => import("./pages/taken/index.tsx")),
    toegang: { rollen: AANVRAAG_ROLLEN },
    inMenu: true,
  },
  {
    pad: "/meldingen",
    titel: "Meldingen",
    pagina: lazy(() => import("./pages/meldingen/index.tsx")),
    toegang: "ingelogd",
    inMenu: true,
  },
  {
    pad: "/nl-alert",
    titel: "NL-Alert",
    pagina: lazy(() => import("./pages/nl-alert/index.tsx")),
    toegang: {
      rollen: [
        "nl-alert-bevoegde",
        "meldkamer",
        "hovd-p",
        "ovd-oc",
        "hovd-le",
        "burgemeester",
        "voorzitter-veiligheidsregio",
        "hoofd-taakorganisatie-crisiscommunicatie",
        "ncc",
        "officier-van-justitie",
      ],
    },
    inMenu: true,
  },
  {
    pad: "/nl-alert/nieuw",
    titel: "Nieuw NL-Alert",
    pagina: lazy(() => import("./pages/nl-alert/Opstellen.tsx")),
    toegang: { rollen: ["nl-alert-bevoegde", "voorzitter-veiligheidsregio"] },
  },
  {
    pad: "/nl-alert/:id",
    titel: "NL-Alert",
    pagina: lazy(() => import("./pages/nl-alert/AlertPagina.tsx")),
    toegang: "ingelogd",
  },
  {
    pad: "/capaciteit",
    titel: "Capaciteit",
    pagina: lazy(() => import("./pages/capaciteit/index.tsx")),
    toegang: { rollen: CAPACITEIT_ROLLEN },
    inMenu: true,
  },
  {
    pad: "/dreiging",
    titel: "Dreigingsniveau",
    pagina: lazy(() => import("./pages/dreiging/index.tsx")),
    toegang: { rollen: DREIGING_LEES_ROLLEN },
    inMenu: true,
  },
  {
    pad: "/audit",
    titel: "Audittrail",
    pagina: lazy(() => import("./pages/audit/index.tsx")),
    toegang: { rollen: ["auditor", "beheerder"] },
    inMenu: true,
  },
  {
    pad: "/beheer/gebruikers",
    titel: "Gebruikers",
    pagina: lazy(() => import("./pages/beheer-gebruikers/index.tsx")),
    toegang: { rollen: ["beheerder"] },
    inMenu: true,
  },
];

export const NIET_GEVONDEN: RouteDefinitie["pagina"] = lazy(() => import("./pages/niet-gevonden/index.tsx"));
export const GEEN_TOEGANG: RouteDefinitie["pagina"] = lazy(
  () => import("./pages/niet-gevonden/GeenToegang.tsx"),
);

export function zoekRoute(pad: string): { route: RouteDefinitie; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = match(route.pad, pad);
    if (params) return { route, params };
  }
  return null;
}

export function magNaar(toegang: Toegang, rollen: readonly string[] | null): boolean {
  if (toegang === "publiek") return true;
  if (rollen === null) return false;
  if (toegang === "ingelogd") return true;
  return toegang.rollen.some((r) => rollen.includes(r));
}

export function menuVoor(rollen: readonly string[]): { href: string; label: string }[] {
  return ROUTES.filter((r) => r.inMenu && magNaar(r.toegang, rollen)).map((r) => ({
    href: r.pad,
    label: r.titel,
  }));
}

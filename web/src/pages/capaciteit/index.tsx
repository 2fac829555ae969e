// Capaciteit: the national overview, the owner's page, scarcity with the capaciteiten- en inzetplan,
// and one plan with the Crisisberaad's decision. One route (/capaciteit); the view is in the address
// (?weergave=…, ?plan=…) so every view can be shared and reloaded.
import { useEffect, useState } from "react";
import { ApiFout } from "../../api.ts";
import { Alert } from "../../components/Alert.tsx";
import { Link } from "../../components/Link.tsx";
import { Pagina } from "../../layout/Pagina.tsx";
import { useLocatie } from "../../router.tsx";
import { type Catalogus, capaciteitApi } from "./api.ts";
import { Eigen } from "./Eigen.tsx";
import { Overzicht } from "./Overzicht.tsx";
import { PlanDocument } from "./Plan.tsx";
import { Schaarste } from "./Schaarste.tsx";
import "./capaciteit.css";

type Weergave = "overzicht" | "eigen" | "schaarste" | "plan";

const TITELS: Record<Weergave, string> = {
  overzicht: "Capaciteitenoverzicht",
  eigen: "Mijn capaciteit",
  schaarste: "Schaarste en inzetplan",
  plan: "Capaciteiten- en inzetplan",
};

export default function CapaciteitPagina() {
  const { zoek } = useLocatie();
  const [cat, zetCat] = useState<Catalogus | undefined>();
  const [fout, zetFout] = useState<string | undefined>();
  useEffect(() => {
    capaciteitApi
      .catalogus()
      .then(zetCat)
      .catch((e) => zetFout(e instanceof ApiFout ? e.detail : "Laden is niet gelukt."));
  }, []);
  const planId = zoek.get("plan");
  const gevraagd = (zoek.get("weergave") as Weergave | null) ?? (planId ? "plan" : null);
  const standaard: Weergave = cat?.rechten.overzicht ? "overzicht" : "eigen";
  const weergave: Weergave = gevraagd && TITELS[gevraagd] ? gevraagd : standaard;

  const tabs: { w: Weergave; zichtbaar: boolean }[] = [
    { w: "overzicht", zichtbaar: !!cat?.rechten.overzicht },
    { w: "eigen", zichtbaar: !!cat?.rechten.eigenaar },
    { w: "schaarste", zichtbaar: !!(cat?.rechten.planLezen || cat?.rechten.vraag) },
  ];

  return (
    <Pagina titel={TITELS[weergave]} breed>
      <nav aria-label="Onderdelen van capaciteit" className="cap-tabs">
        <ul>
          {tabs
            .filter((t) => t.zichtbaar)
            .map((t) => (
              <li key={t.w}>
                <Link
                  href={`/capaciteit?weergave=${t.w}`}
                  aria-current={weergave === t.w ? "page" : undefined}
                  className={weergave === t.w ? "cap-tab cap-tab--actief" : "cap-tab"}
                >
                  {TITELS[t.w]}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      {fout && (
        <Alert soort="error" dringend>
          <p className="utrecht-paragraph">{fout}</p>
        </Alert>
      )}
      {!cat && !fout && <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>}
      {cat && weergave === "overzicht" && <Overzicht cat={cat} />}
      {cat && weergave === "eigen" && <Eigen cat={cat} />}
      {cat && weergave === "schaarste" && <Schaarste cat={cat} />}
      {cat && weergave === "plan" && planId && <PlanDocument cat={cat} id={planId} />}
    </Pagina>
  );
}

import type { ReactNode } from "react";
import { Suspense, useEffect } from "react";
import { Alert } from "./components/Alert.tsx";
import { PageLayout } from "./components/PageLayout.tsx";
import { Foutgrens } from "./layout/Foutgrens.tsx";
import { Kop } from "./layout/Kop.tsx";
import { APP_NAAM } from "./layout/Pagina.tsx";
import { navigeer, useLocatie, veiligTerug } from "./router.tsx";
import { GEEN_TOEGANG, magNaar, NIET_GEVONDEN, zoekRoute } from "./routes.ts";
import { useSessie } from "./sessie.tsx";

function Laden() {
  return <output className="utrecht-paragraph knp-laden">Bezig met laden…</output>;
}

export function App() {
  const { pad, zoek } = useLocatie();
  const { gebruiker, fout } = useSessie();
  const gevonden = zoekRoute(pad);
  const toegang = gevonden?.route.toegang ?? "ingelogd";
  const moetInloggen = gebruiker === null && toegang !== "publiek";
  const alIngelogd = !!gebruiker && pad === "/inloggen";

  useEffect(() => {
    if (moetInloggen) {
      const terug = `${pad}${zoek.size ? `?${zoek}` : ""}`;
      navigeer(terug === "/" ? "/inloggen" : `/inloggen?terug=${encodeURIComponent(terug)}`, {
        vervang: true,
      });
    } else if (alIngelogd) {
      navigeer(veiligTerug(zoek.get("terug")), { vervang: true });
    }
  }, [moetInloggen, alIngelogd, pad, zoek]);

  let inhoud: ReactNode;
  if (gebruiker === undefined || moetInloggen || alIngelogd) {
    inhoud = <Laden />;
  } else if (!gevonden) {
    const P = NIET_GEVONDEN;
    inhoud = <P params={{}} />;
  } else if (!magNaar(toegang, gebruiker?.rollen ?? null)) {
    const P = GEEN_TOEGANG;
    inhoud = <P params={{}} />;
  } else {
    const P = gevonden.route.pagina;
    inhoud = <P params={gevonden.params} />;
  }

  return (
    <PageLayout
      kop={<Kop gebruiker={gebruiker} />}
      voet={
        <div className="utrecht-page-footer__content knp-voet__inhoud">
          <p className="utrecht-paragraph">
            {APP_NAAM} · Landelijk Operationeel Coördinatiecentrum en partners
          </p>
        </div>
      }
    >
      {fout && (
        <Alert soort="error" dringend titel="Geen verbinding met de server">
          <p className="utrecht-paragraph">{fout.detail}</p>
        </Alert>
      )}
      <Foutgrens key={pad}>
        <Suspense fallback={<Laden />}>{inhoud}</Suspense>
      </Foutgrens>
    </PageLayout>
  );
}

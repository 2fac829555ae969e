// Capacity and demand on a map (Leaflet, PDOK BRT-Achtergrondkaart). The table beside it holds the
// same figures, so the map is an extra view, not the only one (WCAG 1.1.1, 2.1.1).
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import type { ItemStand, Vraag } from "./api.ts";

const PDOK = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";

function html(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function CapaciteitKaart({
  items,
  vraag,
  label,
}: {
  items: ItemStand[];
  vraag: Vraag[];
  label: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const kaart = useRef<L.Map | null>(null);
  const laag = useRef<L.LayerGroup | null>(null);
  const [tegelsWeg, zetTegelsWeg] = useState(false);

  useEffect(() => {
    if (!element.current) return;
    const m = L.map(element.current, {
      center: [52.2, 5.3],
      zoom: 7,
      attributionControl: false,
      keyboard: true,
    });
    const tegels = L.tileLayer(PDOK, { maxZoom: 16, minZoom: 6 });
    let fouten = 0;
    tegels.on("tileerror", () => {
      fouten += 1;
      if (fouten === 3) zetTegelsWeg(true);
    });
    tegels.addTo(m);
    laag.current = L.layerGroup().addTo(m);
    kaart.current = m;
    return () => {
      m.remove();
      kaart.current = null;
    };
  }, []);

  useEffect(() => {
    const g = laag.current;
    if (!g) return;
    g.clearLayers();
    for (const it of items) {
      const vrij = it.telling.beschikbaar;
      L.circleMarker([it.lat, it.lon], {
        radius: 6 + Math.min(10, Math.sqrt(it.aantal) * 2),
        color: vrij > 0 ? "#14532d" : "#6b7280",
        fillColor: vrij > 0 ? "#22c55e" : "#d1d5db",
        fillOpacity: 0.8,
        weight: 2,
      })
        .bindTooltip(
          `${html(it.naam)} (${html(it.organisatieNaam)}): ${vrij} van ${it.aantal} beschikbaar, ${it.telling.gereserveerd} gereserveerd, ${it.telling.ingezet} ingezet`,
        )
        .addTo(g);
    }
    for (const v of vraag) {
      L.circleMarker([v.lat, v.lon], {
        radius: 9,
        color: "#7f1d1d",
        fillColor: "#ef4444",
        fillOpacity: 0.85,
        weight: 2,
        dashArray: "3 2",
      })
        .bindTooltip(
          `Vraag: ${html(v.locatieNaam)}: ${v.aantal - v.toegewezen} open, prioriteit ${v.prioriteit}`,
        )
        .addTo(g);
    }
    const grens = L.featureGroup(g.getLayers() as L.Layer[]).getBounds();
    if (grens.isValid()) kaart.current?.fitBounds(grens.pad(0.2), { maxZoom: 10 });
  }, [items, vraag]);

  return (
    <figure className="cap-kaart">
      {/* biome-ignore lint/a11y/useSemanticElements: Leaflet renders into this element; the role names it */}
      <div ref={element} className="cap-kaart__vlak" role="region" aria-label={label} />
      <figcaption className="cap-kaart__legenda">
        <span className="cap-stip cap-stip--vrij" aria-hidden="true" /> capaciteit met beschikbare eenheden{" "}
        <span className="cap-stip cap-stip--bezet" aria-hidden="true" /> geen eenheid beschikbaar{" "}
        <span className="cap-stip cap-stip--vraag" aria-hidden="true" /> open vraag.{" "}
        {tegelsWeg ? "Achtergrondkaart niet bereikbaar. " : ""}Kaartgegevens © Kadaster (PDOK,
        BRT-Achtergrondkaart).
      </figcaption>
    </figure>
  );
}

// The broadcast area on a map (Leaflet). Base map: PDOK BRT-Achtergrondkaart tiles (VITE_NL_ALERT_TEGELS
// overrides the URL). When the tiles fail (offline, blocked) the map switches to a plain map with the
// safety-region outlines imported by the administrator. Drawing by mouse or touch; the coordinate
// fields beside the map do the same by keyboard (WCAG 2.1.1).
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import type { Gebied } from "../../../../src/domain/nl-alert/index.ts";
import { nlAlertApi } from "./api.ts";

declare global {
  interface ImportMeta {
    readonly env: Record<string, string | undefined>;
  }
}

export const PDOK_TEGELS =
  import.meta.env.VITE_NL_ALERT_TEGELS ??
  "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";
const PDOK_ATTRIBUTIE = "Kaartgegevens © Kadaster (PDOK, BRT-Achtergrondkaart)";

export type Tekenmodus = "polygoon" | "cirkel";

export interface KaartProps {
  gebied: Gebied;
  /** Absent: read-only. */
  onChange?: (g: Gebied) => void;
  modus?: Tekenmodus;
  label: string;
}

const UTRECHT: [number, number] = [52.09, 5.12];

export function Kaart({ gebied, onChange, modus = "polygoon", label }: KaartProps) {
  const element = useRef<HTMLDivElement>(null);
  const kaart = useRef<L.Map | null>(null);
  const laag = useRef<L.LayerGroup | null>(null);
  const [offline, zetOffline] = useState(false);
  const [attributie, zetAttributie] = useState(PDOK_ATTRIBUTIE);
  const wijzig = useRef(onChange);
  wijzig.current = onChange;
  const huidig = useRef(gebied);
  huidig.current = gebied;
  const modusRef = useRef(modus);
  modusRef.current = modus;

  useEffect(() => {
    if (!element.current) return;
    const m = L.map(element.current, {
      center: UTRECHT,
      zoom: 13,
      attributionControl: false,
      keyboard: true,
    });
    kaart.current = m;
    laag.current = L.layerGroup().addTo(m);
    let fouten = 0;
    const tegels = L.tileLayer(PDOK_TEGELS, { maxZoom: 19, minZoom: 6 });
    tegels.on("tileerror", () => {
      fouten += 1;
      if (fouten === 2) naarOffline();
    });
    tegels.addTo(m);
    function naarOffline() {
      m.removeLayer(tegels);
      zetOffline(true);
      nlAlertApi
        .regiogrenzen()
        .then((fc) => {
          zetAttributie(fc.attributie);
          L.geoJSON(fc as never, {
            style: { color: "#4b5563", weight: 1.5, fillColor: "#e5e7eb", fillOpacity: 0.35 },
            onEachFeature: (f, l) => l.bindTooltip((f.properties as { naam: string }).naam),
          })
            .addTo(m)
            .bringToBack();
        })
        .catch(() => zetAttributie("Regiogrenzen niet beschikbaar"));
    }
    m.on("click", (e: L.LeafletMouseEvent) => {
      const f = wijzig.current;
      if (!f) return;
      const lat = Math.round(e.latlng.lat * 1e5) / 1e5;
      const lon = Math.round(e.latlng.lng * 1e5) / 1e5;
      if (modusRef.current === "cirkel") {
        f({ circle: { lat, lon, radiusKm: huidig.current.circle?.radiusKm ?? 1 } });
      } else {
        const open = openRing(huidig.current.polygon ?? []);
        f({ polygon: [...open, [lat, lon]] });
      }
    });
    return () => {
      m.remove();
      kaart.current = null;
    };
  }, []);

  // Draw the area whenever it changes; fit the view to it once it is complete.
  useEffect(() => {
    const g = laag.current;
    const m = kaart.current;
    if (!g || !m) return;
    g.clearLayers();
    const p = gebied.polygon;
    if (p?.length) {
      const gesloten = p.length >= 4 && p[0]![0] === p[p.length - 1]![0] && p[0]![1] === p[p.length - 1]![1];
      const punten = p.map(([a, b]) => L.latLng(a, b));
      if (gesloten) L.polygon(punten, { color: "#b91c1c", weight: 3 }).addTo(g);
      else L.polyline(punten, { color: "#b91c1c", weight: 3, dashArray: "6 6" }).addTo(g);
      for (const pt of punten) L.circleMarker(pt, { radius: 4, color: "#b91c1c" }).addTo(g);
    }
    const c = gebied.circle;
    if (c) L.circle([c.lat, c.lon], { radius: c.radiusKm * 1000, color: "#b91c1c", weight: 3 }).addTo(g);
    if (!onChange) {
      const b = L.featureGroup(g.getLayers() as L.Layer[]).getBounds();
      if (b.isValid()) m.fitBounds(b.pad(0.3));
    }
  }, [gebied, onChange]);

  return (
    <figure className="nla-kaart">
      {/* biome-ignore lint/a11y/useSemanticElements: Leaflet renders into this element; the role names it for screen readers */}
      <div ref={element} className="nla-kaart__vlak" role="region" aria-label={label} />
      <figcaption className="nla-kaart__bron">
        {offline && (
          <strong>
            Kaart zonder achtergrond (tegels niet bereikbaar): grenzen van de veiligheidsregio's.{" "}
          </strong>
        )}
        {attributie}
      </figcaption>
    </figure>
  );
}

/** The ring without its closing point, so a click adds a corner. */
export function openRing(p: [number, number][]): [number, number][] {
  if (p.length >= 4) {
    const a = p[0]!;
    const z = p[p.length - 1]!;
    if (a[0] === z[0] && a[1] === z[1]) return p.slice(0, -1);
  }
  return p;
}

/** Closes a ring (first point repeated last), as CAP wants. */
export function sluitRing(p: [number, number][]): [number, number][] {
  const open = openRing(p);
  return open.length >= 3 ? [...open, open[0]!] : open;
}

// The capability plugins beyond the core (wegwijzer, aanvragen, capaciteit, nl-alert).
// Each capability adds its line here; they are registered under /api/v1.
import type { FastifyInstance } from "fastify";
import { aanvragenRoutes } from "./aanvragen/routes.ts";
import type { App } from "./app.ts";
import { capaciteitRoutes } from "./capaciteit/routes.ts";
import { dreigingRoutes } from "./dreiging/routes.ts";
import { nlAlertRoutes } from "./nl-alert/routes.ts";
import { wegwijzerRoutes } from "./wegwijzer/routes.ts";

const plugin = (f: (app: FastifyInstance) => Promise<void>) => (app: App) =>
  f(app as unknown as FastifyInstance);

export function capabilities(): ((app: App) => Promise<void>)[] {
  return [
    plugin(wegwijzerRoutes),
    plugin((app) => nlAlertRoutes(app)),
    plugin(capaciteitRoutes),
    plugin((app) => aanvragenRoutes(app)),
    plugin(dreigingRoutes),
  ];
}

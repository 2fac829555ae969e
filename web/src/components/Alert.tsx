import type { ReactNode } from "react";
import { forwardRef } from "react";

export type AlertSoort = "info" | "ok" | "warning" | "error";

const ICOON: Record<AlertSoort, string> = { info: "i", ok: "✓", warning: "!", error: "!" };

export interface AlertProps {
  soort?: AlertSoort;
  /** role="alert" interrupts screen readers: use it for errors that need attention now. */
  dringend?: boolean;
  titel?: string;
  children?: ReactNode;
  id?: string;
}

/** NL Design System alert (utrecht-alert). */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { soort = "info", dringend, titel, children, id },
  ref,
) {
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      className={`utrecht-alert utrecht-alert--${soort}`}
      role={dringend ? "alert" : "status"}
    >
      <div className="utrecht-alert__icon" aria-hidden="true">
        <span className="knp-alert-icoon">{ICOON[soort]}</span>
      </div>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {titel && <p className="utrecht-paragraph knp-alert-titel">{titel}</p>}
          {children}
        </div>
      </div>
    </div>
  );
});

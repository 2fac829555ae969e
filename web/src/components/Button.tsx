import type { ButtonHTMLAttributes, ReactNode } from "react";
import { klassen } from "./klassen.ts";

export type ButtonSoort = "primary-action" | "secondary-action" | "subtle";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  soort?: ButtonSoort;
  /** Shows the button as busy (e.g. while a request runs) without losing focus. */
  bezig?: boolean;
  children: ReactNode;
}

/** NL Design System button (utrecht-button). */
export function Button({
  soort = "secondary-action",
  bezig,
  className,
  type,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type ?? "button"}
      aria-busy={bezig || undefined}
      className={klassen(
        "utrecht-button",
        `utrecht-button--${soort}`,
        type === "submit" && "utrecht-button--submit",
        bezig && "utrecht-button--busy",
        rest.disabled && "utrecht-button--disabled",
        className,
      )}
    >
      {children}
    </button>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}

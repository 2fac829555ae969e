import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from "react";
import { navigeer, useLocatie } from "../router.tsx";
import { klassen } from "./klassen.ts";

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  children: ReactNode;
}

function isInterneNavigatie(e: MouseEvent<HTMLAnchorElement>, href: string): boolean {
  if (e.defaultPrevented || e.button !== 0) return false;
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  if (e.currentTarget.target && e.currentTarget.target !== "_self") return false;
  return href.startsWith("/") && !href.startsWith("//");
}

/** NL Design System link (utrecht-link) that navigates inside the app without a reload. */
export function Link({ href, className, onClick, children, ...rest }: LinkProps) {
  const { pad } = useLocatie();
  const huidig = pad === href;
  return (
    <a
      {...rest}
      href={href}
      aria-current={huidig ? "page" : rest["aria-current"]}
      className={klassen(
        "utrecht-link",
        "utrecht-link--html-a",
        huidig && "utrecht-link--current",
        className,
      )}
      onClick={(e) => {
        onClick?.(e);
        if (isInterneNavigatie(e, href)) {
          e.preventDefault();
          navigeer(href);
        }
      }}
    >
      {children}
    </a>
  );
}

import type { ReactNode } from "react";
import { useLocatie } from "../router.tsx";
import { klassen } from "./klassen.ts";
import { Link } from "./Link.tsx";

export interface NavItem {
  href: string;
  label: string;
}

/** NL Design System navigation bar (utrecht-navigation) with the current page marked. */
export function Navigation({ label, items }: { label: string; items: NavItem[] }) {
  const { pad } = useLocatie();
  if (items.length === 0) return null;
  return (
    <nav className="utrecht-nav-bar knp-nav" aria-label={label}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-navigation__list knp-nav__lijst">
          {items.map((item) => {
            const huidig = pad === item.href || (item.href !== "/" && pad.startsWith(`${item.href}/`));
            return (
              <li key={item.href} className="utrecht-navigation__item">
                <Link
                  href={item.href}
                  className={klassen(
                    "utrecht-navigation__link",
                    "knp-nav__link",
                    huidig && "utrecht-navigation__link--is-current",
                  )}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}

export function NavHeading({ children }: { children: ReactNode }) {
  return <div className="utrecht-nav-bar__heading">{children}</div>;
}

import { Component, type ReactNode } from "react";

/**
 * Catches a page that fails to render or to load (e.g. a chunk of an older version after
 * an update) and offers a reload, instead of leaving a blank screen.
 */
export class Foutgrens extends Component<{ children: ReactNode }, { fout: boolean }> {
  override state = { fout: false };

  static getDerivedStateFromError(): { fout: boolean } {
    return { fout: true };
  }

  override componentDidCatch(fout: unknown): void {
    console.error("Pagina kon niet worden getoond", fout);
  }

  override render(): ReactNode {
    if (!this.state.fout) return this.props.children;
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert">
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message">
            <p className="utrecht-paragraph knp-alert-titel">Deze pagina kon niet worden geladen</p>
            <p className="utrecht-paragraph">
              Misschien is Knooppunt net bijgewerkt. Herlaad de pagina; wat u al had opgeslagen blijft
              bewaard.
            </p>
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={() => location.reload()}
            >
              Pagina herladen
            </button>
          </div>
        </div>
      </div>
    );
  }
}

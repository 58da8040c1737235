// The switch between a printed-email PDF's page view and its message view: two toggle buttons, so it
// is reached with Tab and pressed with Enter or Space, and says which view is on.
export type PdfView = 'pages' | 'message';

interface Props {
  view: PdfView;
  onChange(view: PdfView): void;
}

export function ViewSwitch({ view, onChange }: Props) {
  return (
    <div className="view-switch" role="group" aria-label="Show the release as">
      <button type="button" className="view-switch-option" aria-pressed={view === 'pages'} title="The pages as released, to read and cite" onClick={() => onChange('pages')}>
        Pages
      </button>
      <button type="button" className="view-switch-option" aria-pressed={view === 'message'} title="One printed email at a time, as text" onClick={() => onChange('message')}>
        Message
      </button>
    </div>
  );
}

"use client";

interface ZoomControlsProps {
  disabled: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  lanes: boolean;
  onLanesChange: (lanes: boolean) => void;
}

const buttonClass =
  "rounded-md border border-line bg-panel px-3 py-1.5 text-sm hover:border-accent focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-50";

export function ZoomControls({ disabled, onZoomIn, onZoomOut, onFit, lanes, onLanesChange }: ZoomControlsProps) {
  return (
    <div role="toolbar" aria-label="التكبير" className="flex flex-wrap gap-2">
      <button type="button" className={buttonClass} onClick={onZoomIn} disabled={disabled}>
        تكبير
      </button>
      <button type="button" className={buttonClass} onClick={onZoomOut} disabled={disabled}>
        تصغير
      </button>
      <button type="button" className={buttonClass} onClick={onFit}>
        عرض الكل
      </button>
      <button type="button" className={`${buttonClass} aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-ink`} aria-pressed={lanes} onClick={() => onLanesChange(!lanes)}>
        مسار لكل دولة
      </button>
    </div>
  );
}

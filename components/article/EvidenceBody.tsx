"use client";
// The article's body exactly as ingested, with the evidence sentence marked and scrolled into view.
import { useEffect, useRef } from "react";

interface EvidenceBodyProps {
  body: string;
  evidence: { start: number; end: number } | null;
}

export function EvidenceBody({ body, evidence }: EvidenceBodyProps) {
  const markRef = useRef<HTMLElement>(null);
  const valid = evidence && evidence.start >= 0 && evidence.end <= body.length && evidence.start < evidence.end;
  useEffect(() => {
    const mark = markRef.current;
    if (!mark) return;
    // Centre the evidence inside the pane without dragging the page along; only when the pane is
    // stacked under the timeline (narrow screens) does the page itself scroll to it.
    const pane = mark.closest<HTMLElement>("[data-pane-scroll]");
    if (pane) {
      const markBox = mark.getBoundingClientRect();
      const paneBox = pane.getBoundingClientRect();
      const visible = markBox.top >= paneBox.top && markBox.bottom <= paneBox.top + pane.clientHeight;
      if (!visible) pane.scrollTop += markBox.top - paneBox.top - pane.clientHeight / 2 + markBox.height / 2;
    }
    if (!window.matchMedia("(min-width: 64rem)").matches) mark.scrollIntoView({ block: "center" });
  }, [body, evidence?.start, evidence?.end]);

  if (!valid) return <div className="whitespace-pre-wrap leading-8">{body}</div>;
  return (
    <div className="whitespace-pre-wrap leading-8">
      {body.slice(0, evidence.start)}
      <mark ref={markRef} className="rounded bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300">
        {body.slice(evidence.start, evidence.end)}
      </mark>
      {body.slice(evidence.end)}
    </div>
  );
}

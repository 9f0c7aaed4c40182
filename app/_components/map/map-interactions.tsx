'use client';
// The map's tooltip: follows the pointer over a country, and appears beside a country focused from the keyboard.
// Reads the country's data-* attributes, so the SVG itself stays server-rendered.
import { useRef, useState, type FocusEvent, type PointerEvent, type ReactNode } from 'react';
import type { Position } from '@/lib/domain/values';

type Tip = {
  x: number;
  y: number;
  flipLeft: boolean;
  name: string;
  position: Position;
  statements: number;
  latest: string;
  status: string;
};

function readCountry(target: EventTarget | null): HTMLElement | SVGElement | null {
  return target instanceof Element ? (target.closest('[data-country]') as SVGElement | null) : null;
}

export function MapInteractions({ children, labels }: { children: ReactNode; labels: Record<Position, string> }) {
  const box = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  function show(element: HTMLElement | SVGElement | null, x: number, y: number) {
    if (!element) return setTip(null);
    const data = element.dataset;
    setTip({
      x,
      y,
      // Near the right edge the tooltip opens to the left of the pointer so it stays inside the map.
      flipLeft: x > (box.current?.clientWidth ?? 0) * 0.6,
      name: data.name ?? '',
      position: (data.position as Position) ?? 'none',
      statements: Number(data.statements ?? 0),
      latest: data.latest ?? '',
      status: data.status ?? '',
    });
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const rect = box.current?.getBoundingClientRect();
    if (!rect) return;
    show(readCountry(event.target), event.clientX - rect.left, event.clientY - rect.top);
  }

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const element = readCountry(event.target);
    const rect = box.current?.getBoundingClientRect();
    const shape = element?.getBoundingClientRect();
    if (!rect || !shape) return;
    show(element, shape.left + shape.width / 2 - rect.left, shape.top + shape.height / 2 - rect.top);
  }

  return (
    <div
      ref={box}
      className="map-box"
      onPointerMove={onPointerMove}
      onPointerLeave={() => setTip(null)}
      onFocus={onFocus}
      onBlur={() => setTip(null)}
    >
      {children}
      {tip ? (
        <div
          className="map-tooltip"
          role="status"
          data-testid="map-tooltip"
          style={{ left: tip.x, top: tip.y, transform: `translate(${tip.flipLeft ? 'calc(-100% - 12px)' : '12px'}, -50%)` }}
        >
          <strong>{tip.name}</strong>
          <span className={`map-tooltip__position map-tooltip__position--${tip.position}`}>{labels[tip.position]}</span>
          {tip.statements ? (
            <span>
              {tip.statements} statement{tip.statements === 1 ? '' : 's'}
              {tip.latest ? ` · latest ${tip.latest}` : ''}
            </span>
          ) : null}
          {tip.status && tip.status !== 'unknown' ? <span>Status: {tip.status.replace(/_/g, ' ')}</span> : null}
        </div>
      ) : null}
    </div>
  );
}

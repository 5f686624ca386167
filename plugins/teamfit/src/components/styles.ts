import type { CSSProperties } from 'react';

// Inline styles rather than a styling library: the cards sit inside Backstage's InfoCard, which already sets the
// theme's fonts and colours; these only space lists and tables and soften secondary text.
export const muted: CSSProperties = { opacity: 0.72 };
export const list: CSSProperties = { margin: '0 0 12px', paddingLeft: 20 };
export const heading: CSSProperties = { margin: '14px 0 4px', fontSize: '0.95rem' };
export const table: CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: '0.85rem' };
export const cell: CSSProperties = { borderBottom: '1px solid rgba(128, 128, 128, 0.3)', padding: '4px 8px', textAlign: 'left', verticalAlign: 'top' };
export const columns: CSSProperties = { display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))' };

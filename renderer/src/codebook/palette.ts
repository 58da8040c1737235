// The colours offered for tags: bright enough to stay readable as a tint under dark text and light
// enough in the dark theme, and far enough apart to tell highlights apart. Each has a name for screen readers.
export interface PaletteColour {
  name: string;
  value: string;
}

export const PALETTE: readonly PaletteColour[] = [
  { name: 'Red', value: '#ff6b6b' },
  { name: 'Orange', value: '#f59f00' },
  { name: 'Yellow', value: '#fcc419' },
  { name: 'Lime', value: '#94d82d' },
  { name: 'Green', value: '#51cf66' },
  { name: 'Teal', value: '#20c997' },
  { name: 'Cyan', value: '#22b8cf' },
  { name: 'Blue', value: '#4dabf7' },
  { name: 'Indigo', value: '#748ffc' },
  { name: 'Violet', value: '#cc5de8' },
  { name: 'Pink', value: '#f783ac' },
  { name: 'Brown', value: '#c0895a' },
];

/** A colour's name if it is in the palette, else its hex value. */
export function colourName(value: string): string {
  return PALETTE.find((c) => c.value === value.toLowerCase())?.name ?? value.toLowerCase();
}

// What the window shows while files are dragged over it.
interface Props {
  message: string;
}

export function DropOverlay({ message }: Props) {
  return (
    <div className="drop-overlay" role="status">
      <p className="drop-overlay-message">{message}</p>
    </div>
  );
}

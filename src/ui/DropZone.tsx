import { type DragEvent, type ReactNode, useState } from "react";

/** A drop target around the fields of a paste-or-drop panel (existing certificate, deployed certificates,
 *  topology exports); its file input and text area are the keyboard's way in. `className` gets
 *  `<className>-active` while a file is dragged over it. */
export function DropZone({
  className,
  onDrop,
  children,
}: {
  className: string;
  onDrop: (e: DragEvent<HTMLDivElement>) => void;
  children: ReactNode;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the file input is the keyboard way
    <div
      className={`${className} ${dragging ? `${className}-active` : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onDrop(e);
      }}
    >
      {children}
    </div>
  );
}

// A modal confirmation on the platform's <dialog> (focus trapping, Escape to cancel, top layer): no library.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from "react";

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
}

export type Ask = (o: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Ask>(async () => true);

export function useConfirm(): Ask {
  return useContext(ConfirmContext);
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<(ConfirmOptions & { resolve: (v: boolean) => void }) | null>(null);
  const ref = useRef<HTMLDialogElement>(null);

  const ask = useCallback<Ask>((o) => new Promise<boolean>((resolve) => setPending({ ...o, resolve })), []);

  useEffect(() => {
    const d = ref.current;
    if (pending && d && !d.open) d.showModal();
  }, [pending]);

  const close = (value: boolean) => {
    ref.current?.close();
    pending?.resolve(value);
    setPending(null);
  };

  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      <dialog
        ref={ref}
        className="dialog"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-message"
        onCancel={(e) => {
          e.preventDefault();
          close(false);
        }}
      >
        {pending ? (
          <>
            <h2 id="confirm-title">{pending.title}</h2>
            <div id="confirm-message">{pending.message}</div>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => close(false)}>
                {pending.cancelLabel ?? "Cancel"}
              </button>
              <button type="button" className="button button-danger" onClick={() => close(true)}>
                {pending.confirmLabel}
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </ConfirmContext.Provider>
  );
}
